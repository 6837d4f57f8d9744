// Content pack for Jonas's path, writer j3 (see docs/briefs/jonas-arc.md): endnotes, discussion
// prompts, history moments and glossary terms his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'j_power_unknown',
      title: 'Where the current came from: what is not known',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'The prisoners\u2019 loudspeakers and radio needed current, and they had it. Solzhenitsyn writes that they ran on current from a \u201csecret\u201d hydro-electric station built by the prisoners. Applebaum says that investigators later learned of \u201cthe radio station and the makeshift generator\u201d. So two sources agree that the prisoners had a power source of their own. Nothing we have read says how it worked (a turbine on the water main, a dynamo, something else), what else it powered, or who built it. The likeliest builders are the Technical Department, which worked in secret rooms in the service yard behind a skull and a \u201c100,000 volts\u201d sign, but that is an inference, and no engineer is named. In the story the cable that comes through the wall is left unexplained on purpose. Stasys and Jonas are fictional.',
      disputed:
        'The \u201chydro-electric station\u201d rests on Solzhenitsyn alone; Applebaum speaks only of a generator. A popular summary repeats both without a new source.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'popular_pages'],
      place: 'tech_rooms',
    },
  ],
  prompts: [
    {
      id: 'j_bluff_board',
      question: 'The prisoners had no mines, so they painted signs saying \u201cCaution! Mined!\u201d. Is a bluff a weapon? Whom was it meant to work on, and what could it achieve?',
      skill: 'agency',
      reveal:
        'Solzhenitsyn describes the fake minefield signs as one of the Technical Department\u2019s first ideas, set up with adobe barricades before every guardhouse and loose coils of barbed wire. No source mentions real mines. The signs could not stop troops, but they made anyone planning an attack reckon with a danger that might be there, and they cost the prisoners only paint.',
      note: 'defence_pickets',
    },
    {
      id: 'j_makeev_defences',
      question: 'Makeev, a commission member, expected the troops to crush the revolt whatever the prisoners did and opposed building defences; Sluchenkov and Knopmus insisted on them. What could each side have been thinking, and how do we know about the quarrel at all?',
      skill: 'sourcing',
      reveal:
        'The quarrel is told by Solzhenitsyn, who wrote from former prisoners\u2019 accounts; the historian Steven Barnes notes that some quotations Solzhenitsyn gives for Kuznetsov came second-hand, through Makeev\u2019s notes, so Makeev is himself one of the ways we know the commission. Russian Wikipedia\u2019s list of the commission dates Makeev\u2019s replacement by Semkin to 3 June 1954. Why he left is not recorded. The barricades were built, and on 26 June the troops came with tanks anyway.',
      note: 'makeev_semkin',
    },
  ],
  moments: [
    {
      id: 'j_bricks_or_wire',
      moment: 'When the brigade wanted the barricade higher and Stasys wanted the wire run on (3 June)',
      whatPrisonersDid:
        'Both were done. According to Solzhenitsyn, adobe barricades from the broken inner walls stood before every guardhouse, with barbed-wire spirals in threatened places, and brigades were formed to defend each barrack. At the same time the Technical Department kept loudspeakers and a radio running across the zone, with news, wall newspapers and broadcasts to the soldiers. Which men did which work is not recorded; Jonas, Rimas and Stasys are fictional.',
      note: 'defence_pickets',
    },
  ],
};
