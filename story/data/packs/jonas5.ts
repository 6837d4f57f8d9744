// Content pack for Jonas's path, writer j5 (days 31-41, 15-25 June 1954; see docs/briefs/jonas-arc.md):
// endnotes, discussion prompts and history moments his days add. Facts only from the fact base
// (§3.2, §5.1, §5.3) and its two addenda, in our own words; where sources differ, the note says who
// says what. Notes his days reuse from other packs: j_megaphones_towers (jonas4, which carries the broadcast to the soldiers), june15_tanks, last_ten_days, june25_decorations,
// loudspeakers_radio, authorities_loudspeakers, coercion_inside, rations_hunger, defence_pickets.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'j_weapons_record',
      title: 'What the prisoners armed themselves with, and who says so',
      date: { from: '1954-05', to: '1954-06-26', label: 'May and June 1954' },
      body:
        'The prisoners expected the troops to come back, and some of them prepared to fight. Applebaum writes that makeshift knives, clubs and picks had been made in the workshops before the revolt. Another account mentions sharpened pikes and homemade grenades. A deposition quoted by the polemical writer Shakir a-Mil, apparently Kuznetsov\u2019s after his arrest, says that explosives were made from sulphur and film stock and handed out from Sluchenkov\u2019s office. On 26 June, Solzhenitsyn writes, the men of the 3rd lagpunkt threw stones and \u201csulphur\u201d missiles at the tanks; the powdered glass they had prepared was forgotten. Rimas, the film reels and the night in the workshop are our reconstruction. The game never shows how anything was made.',
      disputed:
        'The fullest descriptions of weapons come from the side that crushed the revolt or from statements made under arrest, which had reasons to make the prisoners look dangerous. Solzhenitsyn stresses stones, bluff and improvisation. No source counts the weapons.',
      sources: ['applebaum_2003', 'pn14', 'amil_steplag', 'solzhenitsyn_gulag'],
      place: 'workshops_khozdvor',
    },
  ],
  prompts: [
    {
      id: 'j_switch_off_question',
      question: 'Stasys plans to switch off, sit down and say nothing when the troops come, and asks Jonas to promise the same. Is that giving up, or a way of protecting people? What else could prisoners who had built things for the revolt do?',
      skill: 'agency',
      reveal: 'No one in the zone knew when, or whether, the troops would come. On 26 June, Solzhenitsyn writes, some prisoners lay on the floors of the barracks, some urged others to resist and some ran out into the shooting. Afterwards leaders and active participants were picked out, partly from photographs taken at the meetings, and 436 were arrested. Stasys is fictional; the choice he describes was a real one.',
      note: 'assault_june26',
    },
    {
      id: 'j_weapons_words',
      question: 'Almost everything we know about the prisoners\u2019 weapons comes from MVD documents and statements made after arrest. Why would those sources stress weapons? What would the prisoners\u2019 own accounts stress instead?',
      skill: 'sourcing',
      reveal: 'The authorities had to justify sending tanks into a camp; statements under arrest were made to investigators. Solzhenitsyn, a prisoner-writer, stresses bluff (the fake \u201cMined!\u201d signs), stones and improvised \u201csulphur\u201d missiles. Both kinds of source agree that some prisoners prepared to fight; they disagree about how dangerous that was.',
      note: 'j_weapons_record',
    },
    {
      id: 'j_who_heard',
      question: 'The prisoners spoke to the soldiers on the towers over loudspeakers and megaphones. What did they hope for? How could we ever know whether a soldier listened?',
      skill: 'context',
      reveal: 'Applebaum quotes the shorthand record of one broadcast, asking the soldiers not to shoot or come in: someone thought it worth writing down word for word. Whether any soldier was moved by it is not recorded. On 26 June the troops came in, and snipers first shot the pickets on the barricades.',
      note: 'j_megaphones_towers',
    },
  ],
  moments: [
    {
      id: 'j_switch_off',
      moment: 'When the bench master asked for a promise: switch off, sit down, say nothing (17 June)',
      whatPrisonersDid: 'Solzhenitsyn writes that on 26 June some prisoners lay on the barrack floors, some urged others to resist and some ran out into the shooting. The technical department\u2019s work, the loudspeakers, the radio and the power supply, was known to the authorities: Applebaum says investigators learned of the radio station and the makeshift generator. Who worked there, and what became of them, the sources we have do not say.',
      note: 'loudspeakers_radio',
    },
  ],
};
