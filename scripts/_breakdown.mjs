import { readFileSync, readdirSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const dir = process.argv[2];
for (const f of process.argv.slice(3)) {
  const code = readFileSync(`${dir}/${f}`, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${dir}/${f}.map`, 'utf8')));
  const lines = code.split('\n');
  const by = new Map();
  // attribute each generated segment to source
  let prev = null;
  const segs = [];
  map.eachMapping((m) => segs.push(m));
  segs.sort((a,b)=>a.generatedLine-b.generatedLine||a.generatedColumn-b.generatedColumn);
  for (let i=0;i<segs.length;i++){
    const s=segs[i], n=segs[i+1];
    let len;
    if (n && n.generatedLine===s.generatedLine) len=n.generatedColumn-s.generatedColumn; else len=(lines[s.generatedLine-1]?.length??0)-s.generatedColumn;
    const key=(s.source??'?').replace(/.*node_modules\//,'nm:').replace(/.*packages\//,'');
    by.set(key,(by.get(key)??0)+len);
  }
  const total=code.length;
  console.log(`== ${f} raw ${total} gzip ${gzipSync(code).length}`);
  const grouped=new Map();
  for (const [k,v] of by){ const g=k.startsWith('nm:')?k.split('/').slice(0,2).join('/'):k.split('/').slice(0,+(process.env.DEPTH??4)).join('/'); grouped.set(g,(grouped.get(g)??0)+v);}
  [...grouped].sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,v])=>console.log(String(v).padStart(8),k));
}
