import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';

const speakerOf = (text: string, words: string) => analyze(text).quotes.find((q) => q.text.includes(words))?.speaker_ar;

// The shape of heldout27 2823: a host speaks, then «من جهته، نقل المبعوث الصيني رسالة …، مؤكدا أن»; the verb that opens
// the sentence says nothing, so only the participle quotes, and its subject is a title and a nationality with no name.
describe('«من جهته، نقل المبعوث الصيني رسالة …، مؤكدا أن»: the official the title and nationality name speaks', () => {
  const opening = 'استقبل وزير الخارجية الأردني أيمن الصفدي المبعوث الخاص للحكومة اليابانية للشرق الأوسط كينجي ساتو، '
    + 'في حضور سفير اليابان في عمان هيروشي تاناكا.\n'
    + 'وقال الصفدي: «نقدر دور اليابان في دعم الاستقرار».\n';
  it('goes to the envoy, not to the host who spoke before', () => {
    const text = opening + 'من جهته، نقل المبعوث الياباني رسالة تضامن من حكومته، مؤكدا أن طوكيو ستواصل دعم الأردن.';
    expect(speakerOf(text, 'طوكيو ستواصل')).toBe('كينجي ساتو');
  });
  it('goes to the one whose role opens with the title, not to a countryman named later under another', () => {
    const text = opening + 'ونقل المبعوث الياباني رسالة من رئيس حكومته، مشيرا إلى أن بلاده تدعم جهود التهدئة.';
    expect(speakerOf(text, 'جهود التهدئة')).toBe('كينجي ساتو');
  });
});
