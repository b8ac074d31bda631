import { describe, expect, it } from 'vitest';
import type { SavedQuery } from '../../contract/index.ts';
import { paramFields, paramNames, parseParamValue, planRun, savedQueryFor, usedValues } from './query-params.ts';

const partners: SavedQuery = {
  name: 'partners-by-evidence',
  title: 'Partners by evidence',
  answers: 'Who stands with an entity?',
  params: [{ name: 'entity', default: 'russia', description: 'entity id' }],
  cypher: 'MATCH (e:Entity {id: $entity})-[r]-(other:Entity)\nRETURN other.name AS partner',
};

describe('query parameters', () => {
  it('when a query uses parameters, then each is found once, in order of first use', () => {
    expect(paramNames('MATCH (a {id: $a}), (b {id: $b}) WHERE a.x > $min OR b.x > $min RETURN $a, $0')).toEqual(['a', 'b', 'min', '0']);
  });

  it('when $ appears in strings, comments or backtick names, then it is not a parameter', () => {
    const text = "// uses $no1\nMATCH (n) WHERE n.p = '$no2 \\' $no3' AND n.q = \"$no4\" /* $no5 */ RETURN n.`$no6` AS `a``$no7`, $yes";

    expect(paramNames(text)).toEqual(['yes']);
  });

  it('when a value reads as JSON, then own Cypher gets it as JSON; otherwise as text', () => {
    expect(parseParamValue('5')).toBe(5);
    expect(parseParamValue('-2.5')).toBe(-2.5);
    expect(parseParamValue('true')).toBe(true);
    expect(parseParamValue('["a", "b"]')).toEqual(['a', 'b']);
    expect(parseParamValue('"42"')).toBe('42');
    expect(parseParamValue('russia')).toBe('russia');
    expect(parseParamValue('2024-05-01')).toBe('2024-05-01');
    expect(parseParamValue('')).toBe('');
  });
});

describe('run plan', () => {
  it('when a saved query is run as it was picked, then it runs by name with its declared parameters as text', () => {
    expect(planRun({ text: `\n${partners.cypher}\n`, saved: partners, values: { entity: 'india' } })).toEqual({
      via: 'saved',
      name: 'partners-by-evidence',
      params: { entity: 'india' },
    });
    expect(planRun({ text: partners.cypher, saved: partners, values: {} })).toMatchObject({ params: { entity: 'russia' } });
  });

  it('when the saved text was edited, then the text runs as Cypher with the parameters it uses', () => {
    const text = `${partners.cypher} LIMIT $n`;

    expect(planRun({ text, saved: partners, values: { entity: 'india', n: '3', stale: 'x' } })).toEqual({
      via: 'cypher',
      query: text,
      params: { entity: 'india', n: 3 },
    });
  });

  it('when own Cypher leaves a parameter empty, then it is sent as an empty string', () => {
    expect(planRun({ text: 'RETURN $x', saved: null, values: {} })).toEqual({ via: 'cypher', query: 'RETURN $x', params: { x: '' } });
  });

  it('when the fields are asked for, then a saved query offers its declared ones and edited text the ones it uses', () => {
    expect(paramFields(partners.cypher, partners)).toEqual([{ name: 'entity', default: 'russia', description: 'entity id' }]);
    expect(paramFields(`${partners.cypher} LIMIT $n`, partners)).toEqual([
      { name: 'entity', default: 'russia', description: 'entity id' },
      { name: 'n', default: '', description: '' },
    ]);
    expect(usedValues({ text: 'RETURN $a', saved: null, values: { a: '1', b: '2' } })).toEqual({ a: '1' });
  });

  it('when a text is a saved query’s Cypher, then that query is recognised', () => {
    expect(savedQueryFor(`  ${partners.cypher}  `, [partners])).toBe(partners);
    expect(savedQueryFor('RETURN 1', [partners])).toBeNull();
  });
});
