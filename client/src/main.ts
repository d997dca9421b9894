/** The bundle's entry: starts the explorer once the page is parsed, and says so on the page if it cannot. */

import { startExplorer } from './app';

function fail(error: unknown): void {
  const status = document.getElementById('status');
  const message = `The explorer could not start: ${error instanceof Error ? error.message : String(error)}`;
  if (status !== null) {
    status.textContent = message;
    status.classList.add('error');
  }
  document.body.dataset['explorer'] = 'failed';
  console.error(message, error);
}

function main(): void {
  startExplorer()
    // A page kept in the back-forward cache (persisted) comes back as it was left: killed, it would
    // come back with nothing drawn and nothing to answer.
    .then((explorer) => {
      const onHide = (event: PageTransitionEvent): void => {
        if (event.persisted) return;
        window.removeEventListener('pagehide', onHide);
        explorer.kill();
      };
      window.addEventListener('pagehide', onHide);
    })
    .catch(fail);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main, { once: true });
else main();
