import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const roleOf = (text: string, name: RegExp) => analyze(text).officials.find((o) => name.test(o.name_en))?.role_en;

// Two offices of one holder joined by «و», the name after the second set off by commas: the first office is his too,
// as it is where no comma stands before the name. Two offices of one kind stay two people's.
describe('offices joined by «و» before a name between commas', () => {
  it('keeps the first office', () => {
    // tests/heldout43/4404-al-quds-al-arabi-dakar-constitutional-council-election.txt
    const text = 'وفي أول رد رسمي، قال المتحدث باسم الحكومة ووزير التجارة، عبدو كريم فوفانا، إن الحكومة «أخذت علما بالقرار».';
    expect(roleOf(text, /Fofana/)).toBe('Spokesman for the Government and Minister of Commerce');
  });
  it('does not join two offices of one kind', () => {
    const text = 'وحضر اللقاء وزير الخارجية ووزير الدفاع، محمد علي حسن، في العاصمة.';
    expect(roleOf(text, /Hassan/)).toBe('Minister of Defense');
  });
});
