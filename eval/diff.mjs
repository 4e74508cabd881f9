// Per article: gold entities the graph misses, entity nodes the gold lacks, and statements missed, misattributed or extra.
// usage: node eval/diff.mjs GRAPH.json TEXTS_DIR GOLD.json [FILE_FILTER]
import fs from 'node:fs'; import path from 'node:path';
const [graphPath, textsDir, goldPath, only] = process.argv.slice(2);
const g = JSON.parse(fs.readFileSync(graphPath, 'utf8')); const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8')).articles;
const byId = new Map(g.nodes.map((n) => [n.id, n]));
const norm = (s) => s.toLowerCase().replace(/('s|'|s)$/u, '');
for (const a of gold) {
  if (only && !a.file.includes(only)) continue;
  const text = fs.readFileSync(path.join(textsDir, a.file), 'utf8');
  const art = g.nodes.find((n) => n.type === 'article' && path.basename(n.source) === a.file);
  console.log('=====', a.file);
  const ents = g.nodes.filter((n) => n.mentions?.some((m) => m.article === art.id));
  const predMentions = new Set(ents.flatMap((n) => n.mentions.filter((m) => m.article === art.id).map((m) => norm(m.text))));
  const goldMentions = new Set(a.entities.flatMap((e) => e.mentions.map(norm)));
  for (const e of a.entities) if (!e.mentions.some((m) => predMentions.has(norm(m)))) console.log('  MISS', e.type, e.canonical, JSON.stringify(e.mentions));
  for (const n of ents) { const ms = n.mentions.filter((m) => m.article === art.id).map((m) => m.text); if (!ms.some((m) => goldMentions.has(norm(m))) && !ms.every((m) => (a.ignore||[]).some((x)=>x.includes(m)))) console.log('  FP  ', n.type, n.name, JSON.stringify([...new Set(ms)])); }
  // The scorer pairs gold entities with nodes by shared mentions, not by name: a speaker named otherwise is no error.
  const nodeOf = new Map();
  for (const e of a.entities) {
    const n = ents.find((x) => [e.type, ...(e.alt_types || [])].includes(x.type) && x.mentions.some((m) => m.article === art.id && e.mentions.some((gm) => norm(gm) === norm(m.text))));
    if (n) nodeOf.set(e.canonical, n.id);
  }
  const ps = g.nodes.filter((n) => n.type === 'statement' && n.article === art.id);
  const used = new Set();
  for (const s of a.statements) {
    const start = text.indexOf(s.quote), end = start + s.quote.length;
    let best = null, bd = 0;
    for (const p of ps) { const ov = Math.min(end, p.end) - Math.max(start, p.start); if (ov <= 0) continue; const d = 2 * ov / (end - start + p.end - p.start); if (d > bd) { bd = d; best = p; } }
    if (!best || bd < 0.5) { console.log('  S-MISS', s.kind, s.speaker, '|', s.quote.slice(0, 90)); continue; }
    used.add(best.id);
    const sp = best.speaker ? byId.get(best.speaker).name : null;
    const want = s.speaker === null ? null : nodeOf.get(s.speaker) ?? '?';
    if ((best.speaker ?? null) !== want) console.log('  S-SPKR', s.kind, 'gold:', s.speaker, 'pred:', sp, '|', s.quote.slice(0, 70));
  }
  for (const p of ps) if (!used.has(p.id)) console.log('  S-FP  ', p.kind, p.speaker ? byId.get(p.speaker).name : null, '|', p.text.slice(0, 90));
}
