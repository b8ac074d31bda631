import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.ts';
import { FAULT_ACTION_LABEL, faultNotice } from './fault-notice.ts';

describe('fault notice', () => {
  it('when a request was aborted, then there is no fault to show', () => {
    expect(faultNotice(new DOMException('stopped', 'AbortError'), { focus: null })).toBeNull();
  });

  it('when the focused entity is not found, then a warning offers the whole graph', () => {
    const notice = faultNotice(new ApiError(404, 'not_found', 'No entity russiaa'), { focus: 'russiaa' });

    expect(notice).toEqual({ tone: 'warning', message: 'The entity this view is focused on was not found.', action: 'show-whole-graph' });
    expect(FAULT_ACTION_LABEL[notice!.action]).toBe('Show whole graph');
  });

  it('when the server refuses the view without a focus, then a warning gives its reason and offers a reset', () => {
    expect(faultNotice(new ApiError(400, 'bad_request', 'depth must be 1 to 3'), { focus: null })).toEqual({
      tone: 'warning',
      message: 'This view cannot be shown: depth must be 1 to 3',
      action: 'reset-view',
    });
    expect(faultNotice(new ApiError(404, 'not_found', 'gone'), { focus: null })?.action).toBe('reset-view');
  });

  it('when the server is out of reach or fails, then an error offers Retry', () => {
    expect(faultNotice(new ApiError(0, 'network', 'offline'), { focus: null })).toEqual({
      tone: 'error',
      message: 'The entente server cannot be reached.',
      action: 'retry',
    });
    expect(faultNotice(new ApiError(503, 'unavailable', 'down'), { focus: 'russia' })).toEqual({
      tone: 'error',
      message: 'The server could not answer (503 unavailable).',
      action: 'retry',
    });
  });

  it('when anything else goes wrong, then a generic error offers Retry', () => {
    expect(faultNotice(new TypeError('x is undefined'), { focus: null })).toEqual({
      tone: 'error',
      message: 'Something went wrong while drawing this view.',
      action: 'retry',
    });
  });
});
