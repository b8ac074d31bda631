// An explicit signal for tests and tools: body[data-state] is 'loading' while a view is fetched
// and laid out, 'ready' when it is fully on screen (layout stopped, panels filled), 'error' when a
// fault banner is up; body[data-renders] counts the ready views, so a test can wait for the next.

export interface ReadySignal {
  busy(): void;
  ready(): void;
  error(): void;
}

export function createReadySignal(target: HTMLElement = document.body): ReadySignal {
  let renders = 0;
  target.dataset.renders = '0';
  return {
    busy: () => void (target.dataset.state = 'loading'),
    ready: () => {
      renders += 1;
      target.dataset.renders = String(renders);
      target.dataset.state = 'ready';
    },
    error: () => void (target.dataset.state = 'error'),
  };
}
