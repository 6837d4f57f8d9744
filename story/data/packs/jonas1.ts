// Content pack for Jonas's path, writer j1 (prologue and Act I, early May and 16-19 May 1954; see
// docs/briefs/jonas-arc.md): endnotes, discussion prompts, history moments and glossary terms his
// days add. His days also link act1.ts's notes (special_camps, criminals_sent_in,
// may16_service_yard, crossings, shootings_may, first_commission) and history.ts's
// (steplag_labour). Facts only from the fact base and its two addenda, in our own words; where
// sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'j_lithuanians',
      title: 'Lithuanians at Kengir',
      date: { from: '1948', to: '1954', label: 'Steplag, 1948\u20131954' },
      body:
        'Lithuanians were the second-largest national group in Steplag. A count of its prisoners reproduced by Russian Wikipedia, whose date is not given, lists 2,690 Lithuanians, 13 per cent, after the Ukrainians. Many Baltic prisoners had been convicted as \u201cForest Brothers\u201d, partisans who fought Soviet rule from the forests after the war, or as their helpers. With the West Ukrainians, Lithuanians, Latvians and Estonians formed the organised core of the prisoners. On the nights of 16 to 18 May, Formozov writes, growing groups of men crossed into the women\u2019s zone: the thieves first, then Ukrainians and Lithuanians, worried for sisters and friends. A Lithuanian account says that men who had taken part in the 1953 strikes at Norilsk and Vorkuta were moved to Kengir and spread what they had learned. Applebaum names a Lithuanian, Kondratas, among the members of the underground \u201cCenter\u201d as investigators later reconstructed it. Jonas, Rimas and their stories are fiction.',
      disputed:
        'The same Lithuanian account dates the start of the revolt to the evening of 14 May, where other sources give 16 May, and it misdates the final assault; it is used here only for what others confirm or for what it says of the Norilsk and Vorkuta men, given as its own claim.',
      sources: ['wikipedia_steplag', 'barnes_2005', 'bondaruk', 'formozov_kites', 'zlatkus_2003', 'applebaum_2003', 'solzhenitsyn_gulag'],
      place: 'lagpunkt_3',
    },
  ],
  prompts: [
    {
      id: 'j_thieves_politicals',
      question: 'The thieves were sent into the 3rd lagpunkt, many say, to fight the politicals. Instead the two groups worked together. Why might enemies inside a camp have cooperated?',
      skill: 'context',
      reveal:
        'Applebaum writes that the administration, perhaps trying to regain control, told the criminal newcomers openly to pick fights with the politicals of the 3rd lagpunkt, the most rebellious. Solzhenitsyn saw the plan backfire: the thieves and the politicals agreed to cooperate rather than fight, and the thieves began the raid on the service yard on 16 May. By 1953 the camp\u2019s informer network had almost collapsed, and its commanders reported a \u201ccrisis\u201d to Moscow.',
      note: 'criminals_sent_in',
    },
    {
      id: 'j_two_witnesses',
      question: 'Two eyewitnesses of the same night remember different things as what mattered; three kinds of source disagree about when the May shooting happened and how many died. Which kind of disagreement can more evidence settle, and which can it not?',
      skill: 'sourcing',
      reveal:
        'Formozov, citing an archival note, gives 18 killed and 70 wounded on 18 May; the Zhezkazgan historian Allaniyazov, who also worked in the archives, gives 18 dead. The Solzhenitsyn tradition, repeated by English Wikipedia, gives 13 killed and 43 wounded, and a popular Ukrainian tradition dates a shooting of 13 killed to 15 May. A new document can test a number or a date. What one person saw and feared that night is recorded, if at all, only by that person: Halyna\u2019s and Jonas\u2019s nights here are fiction.',
      note: 'shootings_may',
    },
  ],
  moments: [
    {
      id: 'j_stones_may16',
      moment: 'When the thieves attacked the service yard and soldiers pushed them back (16 May)',
      whatPrisonersDid:
        'According to Solzhenitsyn, the thieves climbed onto the walls and roofs of the service yard and threw stones and adobe bricks while an officer he calls Belyaev led a platoon of unarmed soldiers out and pushed them back to the 3rd lagpunkt. No one was arrested. That evening the thieves shot out the lamps, and in the dark the first men crossed the walls. What other prisoners did that afternoon is not recorded.',
      note: 'may16_service_yard',
    },
  ],
  glossary: [
    { id: 'j_aciu', term: 'a\u010di\u016b (thank you)', lang: 'lt', forms: ['a\u010di\u016b'], definition: 'Lithuanian for \u201cthank you\u201d.' },
    { id: 'j_spasibo', term: 'spasibo (thank you)', lang: 'ru', forms: ['spasibo'], definition: 'Russian for \u201cthank you\u201d.' },
  ],
};
