import { inflect, type WordListEntry } from './word-list.ts';

/*
 * English words that hold a post for review, on the same principle as the Swedish list: slurs, hate speech and
 * sexual or obscene insults aimed at people, not mild swearing ("shit", "damn", "crap", "bloody").
 * Every post is checked against both lists, so a word that is ordinary Swedish cannot be here:
 * "slut" means "end" in Swedish ("i slutet av året"), so only "slutty" is listed.
 *
 * Deliberately left out because the ordinary sense is common: "chink" (a chink in the armour), "dyke" (an
 * embankment), "dick" (a name, Moby Dick; "dickhead" is kept), "cock" (cocktail, stopcock), "nonce" (in
 * cryptography), "prick". Kept with thought: "fag", which is also British slang for a cigarette.
 */
export const englishWords: readonly WordListEntry[] = [
  // Obscene, aimed at people. "fuck" is listed as the brief for the board asks; it reads as abuse at work.
  inflect('fuck', [
    '',
    's',
    'ed',
    'ing',
    'in',
    'er',
    'ers',
    'face',
    'faces',
    'head',
    'heads',
    'wit',
    'wits',
    'tard',
    'tards',
  ]),
  inflect('fck', ['', 'ing', 'in']),
  inflect('motherfuck', ['er', 'ers', 'ing', 'in', 'a', 'as']),
  inflect('cunt', ['', 's', 'y']),
  inflect('twat', ['', 's']),
  inflect('wank', ['er', 'ers']),
  inflect('cocksuck', ['er', 'ers', 'ing']),
  inflect('dickhead', ['', 's']),
  inflect('shithead', ['', 's']),
  inflect('asshole', ['', 's']),
  inflect('arsehole', ['', 's']),
  inflect('bellend', ['', 's']),
  inflect('bastard', ['', 's']),
  // Sexual insults, mostly aimed at women.
  inflect('whor', ['e', 'es', 'ing']),
  inflect('slutty', ['']),
  inflect('skank', ['', 's', 'y']),
  inflect('bitch', ['', 'es']),
  // Homophobic and transphobic.
  inflect('faggot', ['', 's']),
  inflect('fag', ['', 's']),
  inflect('trann', ['y', 'ies']),
  inflect('shemale', ['', 's']),
  // Racist and ethnic slurs.
  inflect('nigg', ['er', 'ers', 'a', 'as', 'az']),
  inflect('sandnigg', ['er', 'ers']),
  inflect('coon', ['', 's']),
  inflect('paki', ['', 's']),
  inflect('gook', ['', 's']),
  inflect('spic', ['', 's']),
  inflect('kike', ['', 's']),
  inflect('beaner', ['', 's']),
  inflect('wetback', ['', 's']),
  inflect('raghead', ['', 's']),
  inflect('towelhead', ['', 's']),
  // Ableist.
  inflect('retard', ['', 's', 'ed']),
  inflect('spaz', ['', 'zes']),
];
