// The snippet check: every ```ts block of the guides becomes a file of its own and
// tsc checks them all with the repository's compiler settings. `@duty-handover/core`
// and `@duty-handover/widget` resolve to their sources through the custom condition
// of tsconfig.json, so a snippet is checked against the code as it is now.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/**
 * @typedef {{ file: string, index: number, line: number, code: string }} Snippet
 *   `file` is the guide (repository path), `line` the guide's line of the snippet's first line
 */

/** Writes the snippets and their tsconfig into `dir` (emptied first). */
export function writeSnippets(root, dir, snippets) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = new Map();
  for (const snippet of snippets) {
    const name = `${basename(snippet.file, '.md').toLowerCase()}-${snippet.index + 1}.ts`;
    // A snippet without imports would share the global scope with the others.
    const module = /^\s*(import|export)\b/m.test(snippet.code) ? '' : '\nexport {};';
    writeFileSync(join(dir, name), `${snippet.code}\n${module}`);
    written.set(name, snippet);
  }
  const base = relative(dir, join(root, 'tsconfig.json')).split(sep).join('/');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        extends: base,
        compilerOptions: {
          // The repository's settings, minus what a project build needs and a snippet does not.
          composite: false,
          // Kept beside the folder (which is emptied on each run), so a re-run re-checks only what changed.
          incremental: true,
          tsBuildInfoFile: '../docs-snippets.tsbuildinfo',
          declaration: false,
          declarationMap: false,
          sourceMap: false,
          noEmit: true,
          // A guide shows a value without always using it.
          noUnusedLocals: false,
          noUnusedParameters: false,
          // Guides run in Node and in browsers; the widget's sources need its decorator settings.
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: ['node'],
          experimentalDecorators: true,
          useDefineForClassFields: false,
        },
        // Listed one by one: an `include` glob skips everything under node_modules/, where this folder is.
        files: [...written.keys()],
      },
      null,
      2,
    )}\n`,
  );
  return written;
}

/**
 * Runs tsc on the snippets. Errors inside the imported sources are `tsc -b`'s to
 * report (the typecheck step), so only errors located in a snippet count here.
 *
 * @returns {Promise<{ snippets: number, errors: string[], elsewhere: number }>}
 */
export function checkSnippets(root, dir, snippets) {
  const written = writeSnippets(root, dir, snippets);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
      cwd: root,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', () => {
      const errors = [];
      let elsewhere = 0;
      let current;
      for (const line of output.split('\n')) {
        const diagnostic = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
        if (diagnostic) {
          const name = basename(diagnostic[1]);
          const snippet = relative(root, join(root, diagnostic[1])).startsWith(relative(root, dir))
            ? written.get(name)
            : undefined;
          if (snippet) {
            const at = snippet.line + Number(diagnostic[2]) - 1;
            current = `${snippet.file}:${at}:${diagnostic[3]} (snippet ${snippet.index + 1}) ${diagnostic[4]}`;
            errors.push(current);
          } else {
            current = undefined;
            elsewhere += 1;
          }
        } else if (current && /^\s+\S/.test(line)) {
          errors[errors.length - 1] += `\n    ${line.trim()}`;
        } else if (/^error TS\d+/.test(line)) {
          errors.push(line);
        }
      }
      resolve({ snippets: written.size, errors, elsewhere });
    });
  });
}
