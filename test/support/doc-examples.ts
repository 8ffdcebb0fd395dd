// Finds the code examples of the README, the guides and the TSDoc, and turns each into a module
// that prints what its `//=>` lines claim, so that a test can run it and compare.
//
// Conventions of the examples:
// - `//=> value` on the line after a statement, or at the end of the statement's own line, says
//   what it gives. After `console.log(…)` the value is the printed line; after any other
//   expression (or a declaration: its variable), the value as the examples write values:
//   strings quoted, Dates as ISO instants, arrays `[a, b]`, objects `{ key: value }`.
// - A value ending in `…` claims only its beginning; two spaces then `(…)` end a comment; lines
//   `//` + spaces right after a `//=>` line continue its value.
// - A block whose info string says `no-run` (```js no-run) is not meant to run, and says why.
// - Markdown blocks run as written (they import what they use); TSDoc examples get the package's
//   exports that they name.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface DocExample {
  /** `README.md:42` or `src/sla/evaluate-ticket.ts:58 (evaluateTicket)`. */
  readonly where: string;
  /** The documented name, for TSDoc examples. */
  readonly name?: string;
  readonly code: string;
  readonly language: 'js' | 'ts';
  /** Whether the package's exports must be imported for it (TSDoc). */
  readonly needsImports: boolean;
}

export interface Expectation {
  /** `print`: compare with a line printed by console.log; `show`: with the value shown. */
  readonly kind: 'print' | 'show';
  readonly expected: string;
}

const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```/gm;

/** The runnable js/ts blocks of a Markdown file. */
export function markdownExamples(root: string, file: string): DocExample[] {
  const text = readFileSync(join(root, file), 'utf8');
  const examples: DocExample[] = [];
  for (const match of text.matchAll(FENCE)) {
    const [, language = '', info = '', code = ''] = match;
    const lang = { js: 'js', javascript: 'js', ts: 'ts', typescript: 'ts' }[language];
    if (lang === undefined || /\bno-run\b/.test(info)) continue;
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({
      where: `${file}:${line}`,
      code,
      language: lang as 'js' | 'ts',
      needsImports: false,
    });
  }
  return examples;
}

/** The `@example` sections of the TSDoc comments of a source file. */
export function tsdocExamples(root: string, file: string): DocExample[] {
  const text = readFileSync(join(root, file), 'utf8');
  const examples: DocExample[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const lines = comment[0]
      .replace(/^\/\*\*|\*\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((line) => line.trim() === '@example');
    if (start < 0) continue;
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (/^@\w+/.test(line.trim())) break;
      body.push(line);
    }
    const after = text.slice((comment.index ?? 0) + comment[0].length);
    const name =
      /^\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type)\s+(\w+)/.exec(
        after,
      )?.[1];
    const line = text.slice(0, comment.index).split('\n').length + start + 1;
    examples.push({
      where: `${file}:${line}${name === undefined ? '' : ` (${name})`}`,
      ...(name === undefined ? {} : { name }),
      code: body.join('\n'),
      language: 'ts',
      needsImports: true,
    });
  }
  return examples;
}

/** Every file below `dir` (relative to `root`) whose name matches. */
export function filesUnder(root: string, dir: string, pattern: RegExp): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) found.push(relative(root, full));
    }
  };
  walk(join(root, dir));
  return found.sort();
}

/**
 * The example as a module that prints, in order, what each `//=>` claims: console.log lines as
 * they are, other values as `\u0001` + the value shown. Also the claims, in the same order.
 */
export function instrument(
  example: DocExample,
  imports: ReadonlyMap<string, readonly string[]>,
): { module: string; expectations: Expectation[] } {
  const lines = example.code.split('\n');
  const source = ts.createSourceFile(
    'example.ts',
    example.code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const statements = allStatements(source);
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const insertions: { position: number; text: string; replaceTo?: number }[] = [];
  const expectations: Expectation[] = [];
  lines.forEach((line, index) => {
    const marker = line.indexOf('//=>');
    if (marker < 0) return;
    let expected = line.slice(marker + 4).trim();
    for (let next = index + 1; next < lines.length; next++) {
      const continued = /^\s*\/\/\s{2,}(\S.*)$/.exec(lines[next] as string);
      if (!continued || lines[next]?.includes('//=>')) break;
      expected += ` ${continued[1]}`;
    }
    expected = expected.replace(/\s{2,}\(.*\)\s*$/, '').trim();
    const inline = line.slice(0, marker).trim() !== '';
    // The statement this claim is about: the one ending on this line (inline claim) or the last
    // one ending before it.
    const before = statements.filter((s) =>
      inline ? lineOf(s.getEnd()) === index : lineOf(s.getEnd()) < index,
    );
    const lastLine = Math.max(...before.map((s) => lineOf(s.getEnd())));
    const candidates = before.filter((s) => lineOf(s.getEnd()) === lastLine);
    const statement =
      candidates.find((s) => ts.isExpressionStatement(s) || ts.isVariableStatement(s)) ??
      candidates[candidates.length - 1];
    if (statement === undefined)
      throw new Error(`${example.where}: //=> on line ${index + 1} follows no statement`);
    // A claim after a block that prints (try/catch, if, loop) is about what it printed.
    if (
      isConsoleLog(statement) ||
      (!ts.isExpressionStatement(statement) && printsInside(statement))
    ) {
      expectations.push({ kind: 'print', expected });
      return;
    }
    expectations.push({ kind: 'show', expected });
    if (ts.isExpressionStatement(statement)) {
      const expression = statement.expression;
      insertions.push({
        position: expression.getStart(source),
        replaceTo: expression.getEnd(),
        text: `__show((${expression.getText(source)}))`,
      });
    } else if (ts.isVariableStatement(statement)) {
      const names = statement.declarationList.declarations.map((d) => d.name.getText(source));
      insertions.push({
        position: statement.getEnd(),
        text: `\n__show(${names[names.length - 1]});`,
      });
    } else {
      throw new Error(
        `${example.where}: //=> on line ${index + 1} follows a statement with no value`,
      );
    }
  });
  let code = example.code;
  for (const { position, text, replaceTo } of insertions.sort((a, b) => b.position - a.position)) {
    code = code.slice(0, position) + text + code.slice(replaceTo ?? position);
  }
  const prelude = [`import { show as __showValue } from ${JSON.stringify(SHOW_MODULE)};`];
  prelude.push("const __show = (value) => console.log('\\u0001' + __showValue(value));");
  if (example.needsImports) {
    for (const [from, names] of imports) {
      const used = names.filter(
        (name) =>
          new RegExp(`\\b${name}\\b`).test(example.code) && !importsName(example.code, name),
      );
      if (used.length > 0) prelude.push(`import { ${used.join(', ')} } from '${from}';`);
    }
  }
  const module = `${prelude.join('\n')}\n${code}`;
  const js =
    example.language === 'ts'
      ? ts.transpileModule(module, {
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
        }).outputText
      : module;
  return { module: js, expectations };
}

const SHOW_MODULE = pathToFileURL(
  join(dirname(fileURLToPath(import.meta.url)), 'show-value.mjs'),
).href;

function importsName(code: string, name: string): boolean {
  return new RegExp(`import[^;]*\\b${name}\\b[^;]*from`).test(code);
}

function isConsoleLog(statement: ts.Statement): boolean {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression))
    return false;
  const callee = statement.expression.expression;
  return ts.isPropertyAccessExpression(callee) && callee.getText() === 'console.log';
}

function printsInside(node: ts.Node): boolean {
  let found = false;
  const visit = (child: ts.Node) => {
    if (ts.isStatement(child) && isConsoleLog(child)) found = true;
    else ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Statements at any depth (a claim may sit inside a block, a loop or a try), blocks aside. */
function allStatements(node: ts.Node): ts.Statement[] {
  const found: ts.Statement[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isStatement(child) && !ts.isBlock(child)) found.push(child);
    ts.forEachChild(child, visit);
  };
  ts.forEachChild(node, visit);
  return found;
}

/** Whitespace-insensitive form of a shown value: runs of blanks as one, none inside brackets. */
export function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([[{(]) /g, '$1')
    .replace(/ ([\]})])/g, '$1')
    .trim();
}

/** Whether an output line fulfils a claim (`…` at the end claims only the beginning). */
export function fulfils(actual: string, expected: string): boolean {
  const [a, e] = [normalise(actual), normalise(expected)];
  return e.endsWith('…') ? a.startsWith(e.slice(0, -1)) : a === e;
}
