/**
 * An outside reader: networkx (Debian's python3-networkx, installed by test/setup-machine.sh) loads
 * the GEXF and GraphML exports of the demo corpus and finds the same nodes, edges and node types,
 * and each node's colour (r, g, b) and size as the explorer draws them, at the position it was given.
 * networkx before 3.6 reads GEXF only up to 1.2draft, so the 1.2 export is the one checked there;
 * the 1.3 export too where networkx knows it. Skipped, saying so, only where there is no python3
 * (and never in CI, where a missing python3 or networkx fails).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { exportGraph } from '../../server/export';
import { nodeSize, typeColour } from '#model/appearance';
import { bytesOf, demoCorpus, type DemoCorpus } from './fixtures';
import { findPython, SETUP } from './python';

const found = findPython();
const skip = 'missing' in found && found.missing === 'python3' && !process.env.CI;
if (skip) console.warn(`networkx.test.ts: skipped, python3 is not installed here (${SETUP} to run it)`);

const READ = `
import json, sys
import networkx as nx
out = {"version": nx.__version__}

def look(kind, data):
    # GEXF's viz elements come back under "viz"; GraphML's are plain attributes, the colour '#rrggbb'.
    if kind == "graphml":
        colour = data.get("color")
        rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)] if isinstance(colour, str) and len(colour) == 7 else None
        return {"rgb": rgb, "size": data.get("size"), "xy": [data.get("x"), data.get("y")]}
    viz = data.get("viz", {})
    colour = viz.get("color")
    position = viz.get("position", {})
    return {
        "rgb": [colour["r"], colour["g"], colour["b"]] if colour else None,
        "size": viz.get("size"),
        "xy": [position.get("x"), position.get("y")],
    }

for kind, path in (("gexf12", sys.argv[1]), ("gexf13", sys.argv[2]), ("graphml", sys.argv[3])):
    try:
        g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
    except Exception as error:
        out[kind] = {"error": str(error)}
        continue
    out[kind] = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "types": {node: data.get("type") for node, data in g.nodes(data=True)},
        "mentions": {node: data.get("mentions") for node, data in g.nodes(data=True)},
        "weights": sorted(round(float(data.get("weight")), 9) for _, _, data in g.edges(data=True)),
        "looks": {node: look(kind, data) for node, data in g.nodes(data=True)},
    }
print(json.dumps(out))
`;

interface Look {
  rgb: [number, number, number] | null;
  size: number | null;
  xy: [number | null, number | null];
}

interface Read {
  nodes: number;
  edges: number;
  types: Record<string, string>;
  mentions: Record<string, number>;
  weights: number[];
  looks: Record<string, Look>;
}

/** '#4e79a7' → [78, 121, 167]. */
function rgbOf(hex: string): [number, number, number] {
  const parts = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!parts) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(parts[1], 16), parseInt(parts[2], 16), parseInt(parts[3], 16)];
}

(skip ? describe.skip : describe)('networkx reads the exports', () => {
  let demo: DemoCorpus;
  let dir: string;
  beforeAll(() => {
    demo = demoCorpus();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-networkx-'));
  });
  afterAll(() => {
    demo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the same nodes, edges, types, mentions, weights, colours, sizes and positions in GEXF and GraphML', () => {
    if ('missing' in found) throw new Error(`${found.missing} is not installed: ${SETUP}`);
    const filter = { weight: 'npmi' as const };
    const served = demo.corpus.graph(filter);
    // Positions as the explorer would send them: every node its own, fractional and negative ones among them.
    const positions = Object.fromEntries(served.nodes.map((node, i) => [node.key, [i * 12.375 - 100, (i % 7) * -3.0625 + 0.1] as const]));
    const files = (['gexf-1.2', 'gexf', 'graphml'] as const).map((format) => {
      const file = path.join(dir, `demo.${format}`);
      fs.writeFileSync(file, bytesOf(exportGraph(demo.corpus, { format, filter, corpusName: 'demo', positions })));
      return file;
    });
    const run = spawnSync(found.python, ['-c', READ, ...files], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as { version: string; gexf12: Read; gexf13: Read | { error: string }; graphml: Read };

    const types = Object.fromEntries(served.nodes.map((node) => [node.key, node.attributes.type]));
    const mentions = Object.fromEntries(served.nodes.map((node) => [node.key, node.attributes.mentions]));
    const weights = served.edges.map((edge) => Number(edge.attributes.weight.toFixed(9))).sort((a, b) => a - b);
    // The explorer's look, from the shared appearance module rather than from the export's own graph.
    const maxMentions = Math.max(...served.nodes.map((node) => node.attributes.mentions));
    const looks = Object.fromEntries(
      served.nodes.map((node) => [
        node.key,
        { rgb: rgbOf(typeColour(node.attributes.type)), size: nodeSize(node.attributes.mentions, maxMentions), xy: [...positions[node.key]] },
      ]),
    );
    const expected = { nodes: served.nodes.length, edges: served.edges.length, types, mentions, weights, looks };
    expect(expected.edges).toBeGreaterThan(0);
    // Two types at least, so that a colour written for every node alike would not pass.
    expect(new Set(Object.values(looks).map((look) => look.rgb.join())).size).toBeGreaterThan(1);
    expect(read.gexf12).toEqual(expected);
    expect(read.graphml).toEqual(expected);

    // networkx 3.6 added GEXF 1.3 (networkx/networkx#8196); before, it finds no graph in the 1.3 namespace.
    const [major, minor] = read.version.split('.').map(Number);
    if (major > 3 || (major === 3 && minor >= 6)) expect(read.gexf13).toEqual(expected);
    else expect(read.gexf13).toHaveProperty('error');
  });
});
