import { describe, expect, it } from 'vitest';
import { isPermissiveLicence } from '../../build/licences.ts';

describe('the licences the browser bundle accepts', () => {
  it('when a package is MIT, ISC, BSD or Apache, then it may ship', () => {
    for (const licence of ['MIT', 'ISC', 'BSD-3-Clause', 'Apache-2.0']) expect(isPermissiveLicence(licence), licence).toBe(true);
  });

  it('when a package offers a permissive alternative, then it may ship', () => {
    expect(isPermissiveLicence('(MPL-2.0 OR Apache-2.0)')).toBe(true);
    expect(isPermissiveLicence('MIT OR SEE LICENSE IN FEEL-FREE.md')).toBe(true);
  });

  it('when every part of an AND is permissive, then it may ship; otherwise not', () => {
    expect(isPermissiveLicence('(MIT AND Zlib)')).toBe(true);
    expect(isPermissiveLicence('MIT AND GPL-3.0-only')).toBe(false);
  });

  it('when a package is copyleft, unlicensed or unknown, then it is refused', () => {
    for (const licence of [
      'GPL-3.0',
      'GNU GPLv3',
      'LGPL-2.1-or-later',
      'AGPL-3.0-only',
      'MPL-2.0',
      'EPL-2.0',
      'UNLICENSED',
      '',
      null,
      undefined,
    ]) {
      expect(isPermissiveLicence(licence), String(licence)).toBe(false);
    }
  });
});
