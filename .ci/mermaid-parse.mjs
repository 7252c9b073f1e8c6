// Parses Mermaid diagrams with Mermaid's own parser, as GitHub's renderer does before it draws:
//   node mermaid-parse.mjs <file>...
// A .md file contributes each of its ```mermaid blocks. Prints one line per diagram; exits 1 when
// any does not parse. Resolves the `mermaid` package from NODE_PATH's folder (see check-diagrams).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.NODE_PATH;
const require = createRequire(join(modules, 'noop.js'));
const mermaid = (await import(pathToFileURL(require.resolve('mermaid')).href)).default;

let parsed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const diagrams = file.endsWith('.md')
    ? [...text.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1])
    : [text];
  for (const [index, diagram] of diagrams.entries()) {
    const name = diagrams.length > 1 ? `${file} (block ${index + 1})` : file;
    try {
      const result = await mermaid.parse(diagram);
      if (result.diagramType !== 'er') {
        throw new Error(`an ${result.diagramType} diagram, not an erDiagram`);
      }
      parsed++;
    } catch (e) {
      failed++;
      console.log(`FAILED ${name}:\n${e.message ?? e}\n${diagram}`);
    }
  }
}
console.log(`Mermaid ${require('mermaid/package.json').version}: ${parsed} passed, ${failed} failed`);
process.exit(failed > 0 || parsed === 0 ? 1 : 0);
