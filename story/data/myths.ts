// Known errors and unverified claims about Kengir (FB §8 and the addendum) that must never be
// stated as fact. Each pattern is a case-insensitive regular expression source; a test fails when
// one matches story text or a note that is not marked `discussesMyth`. Patterns are kept narrow so
// that true statements (the decorations of 25 June, the assault plan "for the night of 25 to 26
// June", the 23 May rebuilding of the walls, Solzhenitsyn's 8,000 as an attributed figure) pass.
export const knownErrors: { id: string; pattern: string; why: string }[] = [
  {
    id: 'fully_rehabilitated',
    pattern: String.raw`\bfully\s+rehabilitated\b`,
    why: 'No source supports it: a 2012 article (Goretsky, citing S. Dilmanov) says no rehabilitation decisions were made for the main organisers; Kuznetsov\u2019s own claim concerns his 1949 case (FB §8.8).',
  },
  {
    id: 'assault_on_june_25',
    pattern: String.raw`\b(?:crushed|suppressed|suppression|stormed|put\s+down|ended|lasted\s+(?:until|till|to)|assault(?:ed)?|attack(?:ed)?|tanks\s+(?:entered|rolled\s+in|went\s+in|crushed))\s+(?:\w+\s+){0,3}?(?:on|of|until|till|to)\s+(?:the\s+)?(?:25(?:th)?\s+(?:of\s+)?June|June\s+25(?:th)?)\b(?!\s*(?:\u2013|-|to)\s*26)`,
    why: 'The assault was on 26 June 1954; 25 June is the error of the 2009 English Wikipedia version (FB §8.10). On 25 June Yegorov and Dolgikh were decorated.',
  },
  {
    id: 'june_25_troops_entered',
    pattern: String.raw`\b(?:on|at\s+dawn\s+on|before\s+dawn\s+on|early\s+on|the\s+(?:morning|night|dawn)\s+of)\s+(?:25(?:th)?\s+(?:of\s+)?June|June\s+25(?:th)?)(?:,?\s+1954)?,?\s+(?:the\s+)?(?:MVD\s+)?(?:tanks|troops|soldiers|assault|attack|army)\b`,
    why: 'Troops and tanks entered the zone shortly after 03:00 on 26 June 1954, not on 25 June (FB §3.2, §6, §8.10).',
  },
  {
    id: 'uprising_ended_june_25',
    pattern: String.raw`\b16\s+May\s*(?:\u2013|-|to|until)\s*25\s+June\b`,
    why: 'The uprising ran from 16 May to 26 June 1954 (FB §3.2, §8.10).',
  },
  {
    id: 'eight_thousand_settled',
    pattern: String.raw`(?<!(?:Solzhenitsyn|estimate|according\s+to|claims?|claimed|gives?|gave|says|said|speaks\s+of|put\s+it\s+at|\d[\d,]*\s*(?:\u2013|-|to|and))[^.]{0,80})\b(?:8[,.\u202f ]?000|eight\s+thousand)\s+(?:prisoners|inmates|zeks|people|men\s+and\s+women|rebels|strikers|participants)\b`,
    why: '8,000 is Solzhenitsyn\u2019s estimate; the archive-based figure is about 5,200, and the MVD counted 5,597 in the division on 10 June (FB §7, §8.4). Give it only with who says it.',
  },
  {
    id: 'weapons_planted',
    pattern: String.raw`\bplant(?:ed|ing)?\s+(?:\w+\s+){0,3}?(?:weapons?|knives|guns|arms|pikes)\b[^.]{0,40}\b(?:bodies|corpses|the\s+dead)\b|\b(?:weapons?|knives|guns|arms|pikes)\s+(?:were\s+|had\s+been\s+)?planted\b|\bbodies\s+(?:were\s+)?photographed\s+with\s+(?:weapons?|knives|guns)\b`,
    why: 'No source the fact base reached says weapons were planted on or photographed with the bodies (FB §6, addendum §8: still unverified).',
  },
  {
    id: 'human_shield',
    pattern: String.raw`\bhuman[\s-]+shields?\b`,
    why: 'No source says leaders placed women in front as a shield; V\u00e1rkonyi describes women who chose to link arms and walk towards the tanks (addendum §7, §13.3).',
  },
  {
    id: 'survivors_rebuilt_wall',
    pattern: String.raw`\bsurvivors?\b[^.]{0,60}\b(?:rebuil[dt]|rebuilding|re-built|put\s+back\s+up|restored|repaired)\b[^.]{0,20}\bwalls?\b|\bwalls?\b[^.]{0,30}\b(?:rebuilt|re-built|restored|repaired)\s+by\s+(?:the\s+)?survivors\b|\bafter\s+(?:the\s+assault|the\s+uprising|26\s+June)\b[^.]{0,80}\b(?:prisoners|survivors|they)\s+(?:\w+\s+){0,3}?(?:rebuil[dt]|rebuilding)\b[^.]{0,20}\bwalls?\b`,
    why: 'Not in any source read; the only documented rebuilding is the administration\u2019s on 23 May (addendum §2).',
  },
  {
    id: 'began_as_hunger_strike',
    pattern: String.raw`\b(?:began|begun|begin|begins|started|starts|start|beginning)\s+(?:\w+\s+){0,3}?as\s+an?\s+hunger[\s-]+strike\b`,
    why: 'The revolt began with the break-ins and shootings of 16\u201318 May; a hunger strike at Kengir is unverified, and only a ration cut from 10 June is documented, by the MVD (FB §5.6, addendum §5).',
  },
  {
    id: 'six_tanks',
    pattern: String.raw`\b(?:six|6)\s+(?:T-?34(?:s\b|\s+tanks\b)|tanks\b)`,
    why: 'The MVD act, Kruglov\u2019s telegram and Applebaum give five T-34s; six comes from a Lithuanian text that also misdates the assault (FB §7, §8.10).',
  },
  {
    id: 'about_two_weeks',
    pattern: String.raw`\babout\s+(?:two|2)\s+weeks\b`,
    why: 'The uprising lasted forty to forty-two days, depending on how they are counted (FB §3.3, §8.3); \u201cabout two weeks\u201d is a popular error.',
  },
  {
    id: 'two_letters_a_year',
    pattern: String.raw`\b(?:two|2)\s+letters\s+(?:a|per|each|every)\s+year\b`,
    why: 'Widely repeated but not found in any source read; say \u201cletters home were strictly limited\u201d (FB §1.3, addendum §6).',
  },
  {
    id: 'yakovlev_rehabilitation',
    pattern: String.raw`\bYakovlev\b[^.]{0,100}\b(?:rehabilitat\w*|Kuznetsov|releas\w*|cleared)|\b(?:rehabilitat\w*|releas\w*|cleared)\b[^.]{0,100}\bYakovlev\b`,
    why: 'No text by Alexander Yakovlev on Kuznetsov was found; the attribution cannot be verified (FB §8.8).',
  },
  {
    id: 'commuted_to_25_years',
    pattern: String.raw`\bcommut\w*\s+(?:\w+\s+){0,4}?to\s+(?:a\s+)?(?:25|twenty-five)(?:[\s-]+years?|[\s-]+year\s+term)\b`,
    why: 'That Kuznetsov\u2019s death sentence was commuted \u201cto 25 years\u201d is not confirmed; the sources say only that it was commuted and that he was released in 1960 (FB §8.8).',
  },
  {
    id: 'six_thousand_prisoners',
    pattern: String.raw`\b(?:around|about|some|nearly)\s+(?:6[,.\u202f ]?000|six\s+thousand)\s+(?:prisoners|inmates|zeks|people|rebels|strikers|participants)\b`,
    why: 'A popular page\u2019s figure (FB §7, §8.10); the archival figures are about 5,200 taking part and 5,597 in the division.',
  },
  {
    id: 'thirteen_dead_forty_three_wounded_alone',
    pattern: String.raw`(?<!(?:Solzhenitsyn|tradition|according\s+to|accounts?|says|said|gives?|gave|counts?|counted|Wikipedia)[^.]{0,80})\b13\s+(?:killed|dead)\b[^.]{0,30}\b43\s+wounded\b`,
    why: 'Not a myth: it is the May shooting\u2019s figure in the Solzhenitsyn tradition, repeated by English Wikipedia (addendum 2 §1.1). It stands beside Formozov\u2019s archival 18 killed and 70 wounded and nemoskva\u2019s 13 killed and 33 wounded, always attributed and never alone.',
  },
  {
    id: 'kapitan_kuznetsov',
    pattern: String.raw`\bKapitan\s+(?:Ivanovich\s+)?Kuznetsov\b`,
    why: 'His name was Kapiton; \u201cKapitan\u201d is a misspelling from an old Wikipedia version (FB §8.10).',
  },
  {
    id: 'dolgikh_confusion',
    pattern: String.raw`\bIvan\s+Ivanovich\s+Dolgikh\b`,
    why: 'The Gulag chief of 1954 was Ivan Ilyich Dolgikh; Ivan Ivanovich Dolgikh is a different man, linked to Nazino in 1933 (FB §4.2, §8.10).',
  },
  {
    id: 'steplag_founded_1940',
    pattern: String.raw`\bSteplag\b[^.]{0,40}\b(?:founded|created|established|set\s+up|opened)\s+(?:in\s+)?(?:spring\s+)?1940\b`,
    why: 'Steplag was formed in 1948; the Dzhezkazgan camp of 1940\u20131943 was a different camp (FB §1.4, §8.10).',
  },
  {
    id: 'taiga',
    pattern: String.raw`\b(?:marched|led|driven|taken)\s+(?:\w+\s+){0,3}?into\s+the\s+taiga\b`,
    why: 'Applebaum\u2019s slip: Kengir lies in the steppe, not the taiga (FB §6, §8.10).',
  },
  {
    id: 'light_by_three',
    pattern: String.raw`\bby\s+(?:three|3(?::00)?)\b[^.]{0,40}\b(?:light|daylight|dawn)\b`,
    why: 'In late June at Kengir the sky brightens around four; the assault began at 03:30, before dawn (addendum 2 §1.9).',
  },
];
