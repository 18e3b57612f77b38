// Nouns of relation whose genitive is a person, shared by the statement finder and the speaker reader.

/** Nouns of relation whose genitive is a person: rival, ally, successor, lawyer, adviser, envoy ("منافس موراليس"). */
export const RELATION = /^[وف]?(شريك|شريكه|منافس|خصم|غريم|حليف|خليفه|سلف|محامي|صهر|انصار|مستشار|مساعد|مبعوث|ممثل|مكتب|نجل|ابن|ابنه|زوجه|زوج|شقيق|شقيقه|والد|والده|ارمله|حفيد|حفيده|عم|خال|ابنا|نجلا)$/;
