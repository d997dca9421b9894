/** The pointer on the map: hover, clicks, the hand over what can be clicked, and the wheel's steady zoom. */

import type Sigma from 'sigma';
import type { RendererEvents } from './renderer';
import { wheelZoomRatio } from './wheel';

/** Hands sigma's pointer events to `events`; returns what undoes the camera listener. */
export function bindPointer(sigma: Sigma, container: HTMLElement, events: RendererEvents): () => void {
  sigma.on('enterNode', ({ node }) => events.hover(node));
  sigma.on('leaveNode', () => events.hover(null));
  sigma.on('clickNode', ({ node }) => events.clickNode(node));
  sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
  sigma.on('clickStage', () => events.clickStage());
  // Hovering a link shows the hand: it can be clicked for its sentences.
  sigma.on('enterEdge', () => container.classList.add('pointer'));
  sigma.on('leaveEdge', () => container.classList.remove('pointer'));
  sigma.on('enterNode', () => container.classList.add('pointer'));
  sigma.on('leaveNode', () => container.classList.remove('pointer'));
  const camera = sigma.getCamera();
  sigma.getMouseCaptor().on('wheel', (coords) => {
    const wheel = coords.original as WheelEvent;
    // Sigma copies the wheel coordinates after making preventSigmaDefault, which then flags the
    // original; the copy it checks is flagged here.
    coords.preventSigmaDefault();
    coords.sigmaDefaultPrevented = true;
    const ratio = camera.getBoundedRatio(wheelZoomRatio(camera.getState().ratio, wheel.deltaY, wheel.deltaMode));
    camera.setState(sigma.getViewportZoomedState(coords, ratio));
  });
  const onCamera = (): void => {
    const { x, y, ratio } = camera.getState();
    events.camera({ x, y, ratio });
  };
  camera.on('updated', onCamera);
  return () => camera.off('updated', onCamera);
}
