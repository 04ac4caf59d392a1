/** Prints one line per plan (a hash of its JSON) so two versions of the planner can be compared. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadGraphDataDir } from '../src/data/read-dir.ts';
import { sweepProfiles, syntheticGraph } from './planner-bench.ts';
import { EXPERIENCE_KINDS, EDUCATION_LEVELS, OBJECTIVES, PACES } from '../src/model/constants.ts';
import type { ProfileInput } from '../src/model/index.ts';
import { planRoute } from '../src/planner/index.ts';
import { prng } from './prng.ts';

const shipped = loadGraphDataDir(join(import.meta.dirname, '..', 'graph-data'));
if (!shipped.ok) throw new Error('no graph');
const which = process.argv[2] ?? 'shipped';
const hash = (x: unknown) => createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 12);
if (which === 'shipped') {
  const g = shipped.graph;
  const certs = [...g.getAttribute('certifications').keys()];
  const profiles: ProfileInput[] = sweepProfiles(g);
  const random = prng(99);
  for (let i = 0; i < 6; i++) {
    const experienceYears: Record<string, number> = {};
    for (const kind of EXPERIENCE_KINDS) if (random() < 0.3) experienceYears[kind] = Math.floor(random() * 6);
    profiles.push({
      experienceYears,
      education: EDUCATION_LEVELS[i % 4]!,
      certifications: certs.filter(() => random() < 0.08),
    });
  }
  for (const from of g.nodes())
    for (const to of g.nodes())
      for (const objective of OBJECTIVES)
        for (const pace of PACES)
          profiles.forEach((profile, i) => {
            const plan = planRoute(g, { from, to, objective, pace, routeCount: 3 }, profile, { start: '2027-01' });
            console.log(`${from} ${to} ${objective} ${pace} ${i} ${hash(plan)}`);
          });
} else {
  const g = syntheticGraph(shipped.data, Number(which));
  const nodes = g.nodes();
  const random = prng(5);
  const certs = [...g.getAttribute('certifications').keys()];
  for (let q = 0; q < Number(process.argv[3] ?? 40); q++) {
    const from = nodes[Math.floor(random() * nodes.length)]!;
    const to = nodes[Math.floor(random() * nodes.length)]!;
    const experienceYears: Record<string, number> = {};
    for (const kind of EXPERIENCE_KINDS) if (random() < 0.3) experienceYears[kind] = Math.floor(random() * 6);
    const profile = {
      experienceYears,
      education: EDUCATION_LEVELS[q % 4]!,
      certifications: certs.filter(() => random() < 0.08),
    };
    for (const objective of OBJECTIVES) {
      const plan = planRoute(g, { from, to, objective, routeCount: 3 }, profile, {
        start: '2027-01',
        maxLabels: 300_000,
      });
      console.log(`${from} ${to} ${objective} ${hash(plan)}`);
    }
  }
}
