/** When work runs in the page: after a frame, in a later task, or once a burst of calls is over. */

/** Resolves once the page has drawn the frame that follows this moment. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Resolves in a later task, after the page has drawn and handled input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/** Runs `run` with the last value once no call came for `ms`. */
export function debounce<T>(run: (value: T) => void, ms: number): (value: T) => void {
  let timer: number | undefined;
  return (value) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => run(value), ms);
  };
}
