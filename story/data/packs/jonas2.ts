// Content pack for Jonas's path, writer j2 (see docs/briefs/jonas-arc.md): endnotes, discussion
// prompts, history moments and glossary terms his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
// Days 5-12 reuse the Act II notes (return_to_work, may23_walls_rebuilt, may24_zones_united,
// commission_departments, may27_demands, kuznetsov), history.ts (steplag_labour,
// mvd_report_may26), act3.ts (defence_pickets, kites_leaflets, loudspeakers_radio), the moments
// may23_anger and role_choice and the prompt demands_moderate; the two prompts below are his own.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [],
  prompts: [
    {
      id: 'j_wait_or_break',
      question:
        'On the night of 23 May the young men in Jonas\u2019s barrack want to break out at once; an older man tells them to wait for the word and go all together at dawn. What does each way risk, and who decides when a crowd acts?',
      skill: 'agency',
      reveal:
        'The sources do not describe any single barrack that night. Formozov, working from archives, records that on 23 May the administration shipped out 421 criminal convicts and rebuilt the walls, and that from 24 May the revolt flared again and the zones were united. ' +
        'On 25 May, by the MVD\u2019s own report, more than 4,000 prisoners refused work and behaved \u201ccalmly\u201d. ' +
        'Within days a commission with departments ran the zone: the revolt that lasted was the organised one.',
      note: 'may23_walls_rebuilt',
    },
    {
      id: 'j_what_revolt_needs',
      question:
        'The commission divided the work into departments: propaganda, defence, security, supplies, a technical department. If you had to choose one that a revolt of prisoners without firearms needs most, which would it be, and why?',
      skill: 'context',
      reveal:
        'Sources name the departments differently, but together they give propaganda, defence, security, technical and supply work. ' +
        'Solzhenitsyn credits the Technical Department with loudspeakers built from two film projectors\u2019 amplifiers and with the bluff of \u201cCaution! Mined!\u201d signs; brigades defended each barrack, pickets watched the edges, and leaflets went over the wire on kites. ' +
        'Everything the prisoners had was improvised, and everything depended on the others holding too: on 26 June troops and five tanks ended it.',
      note: 'commission_departments',
    },
  ],
};
