import { describe, expect, it } from 'vitest';
import { renderKeyValues, renderTable } from './table.js';

describe('renderTable', () => {
  it('aligns by display width, right-aligns numbers, truncates and neutralises cells', () => {
    const rows = [
      { name: '負荷テスト', n: '5' },
      { name: 'evil\u001b[31m\nname that is long', n: '1,234' },
    ];
    const out = renderTable(rows, [
      { header: 'NAME', value: (r) => r.name, max: 12 },
      { header: 'N', value: (r) => r.n, align: 'right' },
    ]);
    expect(out).toBe(['NAME              N', '負荷テスト        5', 'evil\\x1b[31…  1,234', ''].join('\n'));
  });

  it('prints key/value pairs aligned, without trailing spaces', () => {
    expect(
      renderKeyValues([
        ['id', 'x'],
        ['description', ''],
      ]),
    ).toBe('id           x\ndescription\n');
  });
});
