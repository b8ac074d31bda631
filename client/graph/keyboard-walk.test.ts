import { describe, expect, it } from 'vitest';
import { stepToward } from './keyboard-walk.ts';

describe('keyboard walk', () => {
  const from = { x: 0, y: 0 };
  const candidates = [
    { id: 'east-near', position: { x: 50, y: 5 } },
    { id: 'east-far', position: { x: 200, y: 0 } },
    { id: 'north', position: { x: 10, y: -80 } },
    { id: 'south-east', position: { x: 60, y: 60 } },
  ];

  it('when an arrow is pressed, then the nearest neighbour lying that way is next', () => {
    expect(stepToward(from, { x: 1, y: 0 }, candidates)).toBe('east-near');
    expect(stepToward(from, { x: 0, y: -1 }, candidates)).toBe('north');
    expect(stepToward(from, { x: 0, y: 1 }, candidates)).toBe('south-east');
  });

  it('when no neighbour lies that way, then the cursor stays', () => {
    expect(stepToward(from, { x: -1, y: 0 }, candidates)).toBeNull();
    expect(stepToward(from, { x: 1, y: 0 }, [])).toBeNull();
  });
});
