import { inflect, type WordListEntry } from './word-list.ts';

/*
 * Swedish words that hold a post for review. Curation: slurs, hate speech and sexual insults aimed at people.
 * Mild swearing ("jävla", "fan", "skit", "helvete") and plain insults ("idiot", "jävla idiot") are left out:
 * officials use them about systems and decisions in frank but legitimate feedback, and a hold delays a post,
 * so the list aims to be precise rather than broad.
 *
 * Deliberately left out:
 * - "cp": CP (cerebral pares) is a diagnosis that care staff write about every day; a board can add it.
 * - "mongo": the insult collides with MongoDB, which IT staff mention; "mongoloid" is kept.
 * - "flata", "homo", "zigenare": ordinary words too (a flat side, Homo sapiens, historical texts).
 * Kept with thought: "bög" is also a neutral self-description, but it is the most common homophobic slur at
 * work and a hold only means a person looks first. "bog" (a ship's bow) stays distinct because å, ä and ö are
 * kept apart from a, o when normalising.
 */

/** Group words that, with "-jävel" or "-svin" on the end, make a hate compound ("judejävel", "blattesvin"). */
const HATE_COMPOUND_HEADS = [
  'neger',
  'nigger',
  'bög',
  'blatte',
  'svartskalle',
  'jude',
  'zigenar',
  'invandrar',
  'muslim',
  'arab',
  'turk',
  'somalier',
  'finn',
  'lapp',
] as const;

const HATE_COMPOUND_ENDINGS = [
  'jävel',
  'jäveln',
  'jävlar',
  'jävlarna',
  'djävel',
  'djävlar',
  'svin',
  'svinet',
  'svinen',
  'pack',
  'packet',
] as const;

export const swedishWords: readonly WordListEntry[] = [
  // Sexual insults, mostly aimed at women.
  inflect('hor', ['a', 'an', 'or', 'orna', 'as', 'ans', 'ors', 'ornas'], {
    compoundTail: true,
    notCompounds: ['plethora', 'plethoras', 'pechora'],
  }),
  inflect('horung', ['e', 'en', 'ar', 'arna', 'es', 'ens']),
  inflect('horbock', ['', 'en', 'ar', 'arna']),
  inflect('fitt', ['a', 'an', 'or', 'orna', 'as', 'ans'], { compoundTail: true }),
  inflect('kuk', ['', 'en', 'ar', 'arna', 's', 'ens']),
  inflect('kukhuvud', ['', 'et', 'en', 'ena']),
  inflect('kuksugar', ['e', 'en', 'na', 'es']),
  inflect('lud', ['er', 'ret', 'ren', 'rena', 'ers', 'rets'], { compoundTail: true }),
  inflect('slyn', ['a', 'an', 'or', 'orna'], { compoundTail: true }),
  inflect('subb', ['a', 'an', 'or', 'orna'], { compoundTail: true }),
  inflect('slamp', ['a', 'an', 'or', 'orna']),
  inflect('kärring', ['', 'en', 'ar', 'arna']),
  inflect('knull', ['a', 'ar', 'ade', 'at', 'as']),
  inflect('knullar', ['e', 'en', 'na'], { compoundTail: true }),
  // Homophobic and transphobic.
  inflect('bög', ['', 'en', 'ar', 'arna', 's', 'ens']),
  inflect('trans', ['a', 'an', 'or', 'orna']),
  // Racist. The plural of "neger" drops the e ("negrer"), which is also what keeps the verb "negera" apart.
  inflect('neg', ['er', 'ern', 'rer', 'rerna', 'ers', 'erns'], { compoundTail: true }),
  inflect('nig', ['ger', 'gern', 'grer', 'grerna']),
  inflect('svartskall', ['e', 'en', 'ar', 'arna']),
  inflect('blatt', ['e', 'en', 'ar', 'arna']),
  ...HATE_COMPOUND_HEADS.map((head) => inflect(head, HATE_COMPOUND_ENDINGS)),
  // Ableist.
  inflect('efterbliv', ['en', 'et', 'na', 'ne']),
  inflect('mongoloid', ['', 'en', 'er', 'erna']),
  inflect('cpunge', ['', 'n', 'ar', 'arna']),
];
