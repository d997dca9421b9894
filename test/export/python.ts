/** The python3 with networkx that the export tests read files with, as an analyst would. */
import { spawnSync } from 'node:child_process';

export const SETUP = 'run ./test/setup-machine.sh (it installs python3-networkx)';

/** The first python3 that imports networkx (pyenv's python3 may shadow Debian's), or why there is none. */
export function findPython(): { python: string } | { missing: 'python3' | 'networkx' } {
  const candidates = [process.env.PLEXUS_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c));
  let anyPython = false;
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-c', 'import networkx'], { encoding: 'utf8' });
    if (probe.error) continue;
    anyPython = true;
    if (probe.status === 0) return { python: candidate };
  }
  return { missing: anyPython ? 'networkx' : 'python3' };
}
