// Content pack: notes, discussion prompts, history moments and glossary terms for kiosk.
// The kiosk cut (story/kiosk.ink) links the act packs' endnotes; it adds only its own prompts
// and the three history moments of the "How visitors chose" panel.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [],
  prompts: [
    {
      id: 'kiosk_moderate_demands',
      question: 'Prisoners in open revolt asked for an inquiry, shorter terms and a visit from the Party leadership, not for the camps to be abolished. Why might they have put their demands this way?',
      skill: 'context',
      reveal: 'The demands read on 27 May asked for the shootings to be investigated, for 25-year terms to be cut, for political cases to be reviewed and for men and women to meet freely. The historian Steven Barnes calls them strangely moderate, even pro-Soviet, and the prisoners\u2019 slogans praised the Soviet Constitution. The prisoners held to one demand to the end: a member of the Party leadership must come, because they did not trust the camp or the MVD.',
      note: 'may27_demands',
    },
    {
      id: 'kiosk_two_counts',
      question: 'The official count of the dead and the survivors\u2019 count differ more than tenfold. Who made each count, and why might each be wrong?',
      skill: 'sourcing',
      reveal: 'The official figures (35 bodies in the MVD\u2019s operation report; 37 or 46 killed and 106 wounded in official counts) come from the ministry that ordered the assault, and its report blamed part of the deaths on the rebels. The survivors\u2019 500 to 700 killed or wounded are estimates by people who were there but could not count the dead. No independent count exists, so the game gives both.',
      note: 'casualties_dispute',
    },
  ],
  moments: [
    {
      id: 'kiosk_help_wounded',
      moment: 'When the soldiers fired in the service yard (18 May)',
      whatPrisonersDid: 'Sources record crowds rather than single choices. On three nights running, growing groups of men crossed into the women\u2019s zone despite the guards: first the thieves, then Ukrainians and Lithuanians afraid for their sisters and friends. After the shooting of 18 May (18 killed and 70 wounded by one archival count) the prisoners did not scatter: they elected a commission and demanded that the fire zones be removed.',
      note: 'shootings_may',
    },
    {
      id: 'kiosk_demands',
      moment: 'When the demands were read (27 May)',
      whatPrisonersDid: 'In a dining hall, before about 2,000 prisoners, Kuznetsov read the demands to the commission from Moscow: an inquiry into the shootings, no reprisals, shorter 25-year terms, a review of political cases, pay for work, free contact between the men\u2019s and women\u2019s zones, and a visit by a member of the Party leadership. The prisoners held to that last demand until the end, because they did not trust the camp administration or the MVD.',
      note: 'may27_demands',
    },
    {
      id: 'kiosk_walk_out',
      moment: 'When the loudspeakers said \u201cleave quietly\u201d (26 June)',
      whatPrisonersDid: 'As troops and five tanks came in at about 03:30, loudspeakers told prisoners to stay in their barracks and those who did not support the revolt to leave quietly. People did different things: some lay on the barrack floors, some urged others to resist, some ran out into the shooting, and in the women\u2019s zone a crowd of women and men stood in the street. No source gives a number for those who walked out, and none confirms walk-outs before that morning.',
      note: 'assault_june26',
    },
  ],
  glossary: [],
};
