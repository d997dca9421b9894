/**
 * Adding documents: drop files anywhere on the page, or pick them. The upload's progress is shown,
 * then each file's outcome (added, already there) or the server's reason for refusing them.
 * `onAdded` runs after anything was added, so that the graph can update without a reload.
 */

import { uploadFiles } from '../api';
import { FILE_EXTENSIONS } from '#model/formats';
import type { IngestOutcome } from '#model/types';
import { button, el, plural, replaceChildren } from './dom';

export function mountUpload(container: HTMLElement, dropTarget: HTMLElement, onAdded: (outcomes: IngestOutcome[]) => Promise<void>): { kill(): void } {
  const picker = el('input', {
    attrs: { type: 'file', multiple: '', accept: FILE_EXTENSIONS.join(','), id: 'upload-input' },
  });
  picker.hidden = true;
  const progress = el('progress', { attrs: { max: '1', value: '0', 'aria-label': 'Upload progress' } });
  progress.hidden = true;
  const status = el('div', { className: 'upload-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const overlay = el('div', { className: 'drop-overlay', attrs: { 'aria-hidden': 'true' } }, el('p', {}, 'Drop files to add them to the corpus'));
  overlay.hidden = true;
  dropTarget.append(overlay);

  const send = async (files: File[]): Promise<void> => {
    if (files.length === 0) return;
    progress.hidden = false;
    progress.value = 0;
    replaceChildren(status, `Uploading ${plural(files.length, 'file')}…`);
    try {
      const { outcomes, notes = [] } = await uploadFiles(files, (fraction) => {
        progress.value = fraction;
        // The bytes are sent; extraction runs on the server before it answers.
        if (fraction >= 1) replaceChildren(status, `Reading ${plural(files.length, 'file')} on the server…`);
      });
      progress.value = 1;
      replaceChildren(
        status,
        el('ul', { className: 'outcomes' }, ...outcomes.map(outcomeItem)),
        ...notes.map((note) => el('p', { className: 'muted note' }, note)),
      );
      if (outcomes.some((outcome) => outcome.status === 'added')) await onAdded(outcomes);
    } catch (error) {
      replaceChildren(status, el('p', { className: 'error', attrs: { role: 'alert' } }, error instanceof Error ? error.message : String(error)));
    } finally {
      progress.hidden = true;
      picker.value = '';
    }
  };

  picker.addEventListener('change', () => void send([...(picker.files ?? [])]));
  container.append(
    el('h2', {}, 'Add documents'),
    el(
      'p',
      { className: 'muted' },
      'Text, web pages, PDF, Word, e-mail (.eml), feeds, CSV or JSON Lines tables, or ZIP archives of them: drop them on the page, or ',
      button('choose files…', () => picker.click(), { className: 'link-button', attrs: { id: 'upload-button' } }),
    ),
    picker,
    progress,
    status,
  );

  const unbind = bindDrop(overlay, (files) => void send(files));
  return {
    kill() {
      unbind();
      overlay.remove();
      replaceChildren(container);
    },
  };
}

/** A drag that carries files shows the overlay, and a drop hands them over; returns what unbinds it. */
function bindDrop(overlay: HTMLElement, dropped: (files: File[]) => void): () => void {
  // `depth` counts enter/leave pairs of child elements.
  let depth = 0;
  const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
  const onEnter = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    depth++;
    overlay.hidden = false;
  };
  const onLeave = (): void => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onOver = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: DragEvent): void => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    dropped([...(event.dataTransfer?.files ?? [])]);
  };
  window.addEventListener('dragenter', onEnter);
  window.addEventListener('dragleave', onLeave);
  window.addEventListener('dragover', onOver);
  window.addEventListener('drop', onDrop);
  return () => {
    window.removeEventListener('dragenter', onEnter);
    window.removeEventListener('dragleave', onLeave);
    window.removeEventListener('dragover', onOver);
    window.removeEventListener('drop', onDrop);
  };
}

function outcomeItem(outcome: IngestOutcome): HTMLElement {
  switch (outcome.status) {
    case 'added':
      return el('li', { className: 'added' }, `Added “${outcome.document.title}” (${plural(outcome.document.mentions, 'mention')})`);
    case 'duplicate':
      return el('li', { className: 'duplicate' }, `Already in the corpus: “${outcome.document.title}”`);
    case 'refused':
      return el('li', { className: 'error' }, `Refused ${outcome.source}: ${outcome.reason}`);
  }
}
