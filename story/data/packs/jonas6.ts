// Content pack for Jonas's path, writer j6 (Act V, day 42, his endings and epilogue; see
// docs/briefs/jonas-arc.md): endnotes and a discussion prompt his dawn adds. Facts only from the
// fact base and its two addenda, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'j_third_lagpunkt_dawn',
      title: 'The 3rd lagpunkt on 26 June',
      date: { from: '1954-06-26', label: 'Saturday 26 June 1954, from 03:30' },
      body:
        'The 3rd lagpunkt was a men\u2019s zone, mostly of prisoners serving 25-year terms, many of them West Ukrainian nationalists; the thieves sent into Kengir that spring had gone mainly there. ' +
        'Solzhenitsyn, writing from survivors\u2019 accounts, says it fought hardest on the last morning: the men met the troops with stones and with what he calls \u201csulphur\u201d missiles, and one barrack counter-attacked twice. ' +
        'Others lay on the floors of their barracks, and some ran out into the shooting. Tanks drove onto barrack porches and scraped along walls. ' +
        'The MVD\u2019s own operation report counts six barracks barricaded against the troops, and describes the resisters as bandits and criminals, its usual framing. ' +
        'Jonas, Rimas, Ostap, Stasys and the barrack they share are fiction; who stood where that morning is not recorded.',
      disputed:
        'The MVD report says ordinary soldiers carried blanks while officers fired aimed shots, and blames part of the deaths on the rebels; that is the MVD\u2019s account alone. ' +
        'The MVD counted 35 bodies by 05:00. Later official figures differ: English Wikipedia, citing Soviet figures, gives 37 killed and 106 wounded, Russian Wikipedia 46 killed and 106 wounded, and a secret report to Kruglov, as Sputnik Kazakhstan reports it, 46 killed, 52 seriously and 454 lightly wounded. Survivors speak of 500 to 700 killed or wounded.',
      sources: ['solzhenitsyn_gulag', 'kokurin_petrov', 'applebaum_2003', 'wikipedia_en', 'wikipedia_ru', 'sputnik_2017'],
      place: 'lagpunkt_3',
    },
    {
      id: 'j_radio_after',
      title: 'What became of the prisoners\u2019 radio',
      date: { from: '1954-06-26', to: '1954-07', label: '26 June 1954 and after' },
      body:
        'The prisoners\u2019 loudspeakers were built from the amplifiers of two film projectors found in the service yard, and ran, Solzhenitsyn writes, on current from a \u201csecret\u201d hydro-electric station the prisoners had made. ' +
        'Applebaum says the investigators later knew of \u201cthe radio station and the makeshift generator\u201d, and a participant, the Hungarian doctor Ferenc V\u00e1rkonyi, wrote that prisoners of the 3rd lagpunkt built a radio transmitter. ' +
        'No source we have read says how the power station worked, what became of the equipment on 26 June, or whether it was working that morning. ' +
        'So the game\u2019s silent loudspeaker, switched off at midnight, and the dead line at half past three are reconstruction. ' +
        'The prisoners\u2019 sound equipment was, Solzhenitsyn adds, too weak to reach even the settlement.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'varkonyi_1975'],
      place: 'tech_rooms',
    },
  ],
  prompts: [
    {
      id: 'j_with_what',
      question: 'Jonas spent forty days making things that speak: wires, loudspeakers, boards that bluffed. On the last morning the prisoners had stones, their voices and their bodies. What could each of them do against tanks, and what were the prisoners fighting for by then?',
      skill: 'agency',
      reveal: 'Solzhenitsyn writes that some prisoners lay on the barrack floors, some urged the others to resist and some ran out into the shooting; in the 3rd lagpunkt men threw stones and \u201csulphur\u201d missiles, and one barrack counter-attacked twice. The MVD says its loudspeakers offered a free way out. No source says how many took it.',
      note: 'j_third_lagpunkt_dawn',
    },
  ],
};
