// Content pack for Pavel's path, writer p3 (see docs/briefs/pavel-arc.md): endnotes, discussion
// prompts, history moments and glossary terms his days add. Facts only from the fact base and its
// two addenda, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'p_commission_minutes',
      title: 'The commission\u2019s records: what survives and what does not',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'The prisoners\u2019 commission organised departments (propaganda, defence, security, technical and supply, by several sources) and ran the zone for weeks. No minutes of its meetings appear in the sources we used. What we know of its inner business comes from other hands: Kuznetsov\u2019s long written statements after his arrest, which are self-serving; MVD acts and reports, written by the other side; Russian Wikipedia\u2019s list of members by lagpunkt; and Solzhenitsyn, who wrote in secret from former prisoners\u2019 accounts and drew on Makeev\u2019s notes for some words he gives Kuznetsov. Pavel\u2019s minute-book, his rules for it and every entry in it are reconstruction: a way of asking who writes a revolt down, and for whom.',
      sources: ['wikipedia_ru', 'amil_steplag', 'kokurin_petrov', 'solzhenitsyn_gulag', 'barnes_2005', 'applebaum_2003'],
      place: 'commission_rooms',
    },
    {
      id: 'p_leaflet_copy',
      title: 'The leaflet Pavel copies (reconstruction)',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'No leaflet of the revolt survives in the sources we read, so the text Pavel copies is put together from what is recorded. The slogans are those reported for the revolt: \u201cWe are for Soviet laws but against those who distort them\u201d, \u201cLong live the Soviet Constitution!\u201d and \u201cWe demand respect for human rights!\u201d. The request at the foot follows Solzhenitsyn, who says the kite leaflets asked the finder to pass them to the Central Committee. An MVD act says a propaganda service under Knopmus mass-produced \u201cprovocative\u201d leaflets. That these three slogans stood together on one sheet, and that anyone copied leaflets by hand in the 2nd lagpunkt on 29 May, is invention.',
      sources: ['novaya_2011', 'barnes_2005', 'solzhenitsyn_gulag', 'kokurin_petrov'],
      place: 'commission_rooms',
    },
    {
      id: 'p_yegorov_question',
      title: 'An undated question: who tells it?',
      date: { from: '1954-05-27', to: '1954-06-26', label: 'during the revolt (no date given)' },
      body:
        'General S. E. Yegorov, deputy Minister of Internal Affairs, led the Moscow commission that entered the zone on 27 May. The historian Anne Applebaum reports that he asked the prisoners who had inspired such hatred of the MVD in them. She gives no date and no setting, and our sources record no answer. So the story places it at no meeting: Tarasov\u2019s version comes through two other men, and Pavel cannot check it. Yegorov also wrote his own reports to Moscow: on 15 June Interior Minister Kruglov scolded him for filling them with trivia such as how many leaflet-carrying pigeons had flown. On 25 June Yegorov received the Order of the Red Banner \u201cfor long service\u201d.',
      disputed:
        'The question rests on Applebaum alone; who heard it, when and where is not recorded in the sources we used.',
      sources: ['applebaum_2003', 'chronology_1954', 'formozov_kites'],
    },
    {
      id: 'p_makeev_notes',
      title: 'Makeev\u2019s notes: a record behind a record',
      date: { from: '1954-06-03', label: 'up to 3 June 1954' },
      body:
        'A. F. Makeev sat on the commission for the 3rd lagpunkt until 3 June 1954. The historian Steven Barnes notes that Solzhenitsyn drew on Makeev\u2019s notes for some of the words he attributes to the chairman, Kuznetsov, and calls those quotations second-hand and \u201cpossibly inaccurate\u201d. This is a chain worth tracing: Kuznetsov speaks; Makeev writes it down (how, and when, we do not know); Solzhenitsyn, writing in secret years later without archives, uses the notes; readers quote Solzhenitsyn. At each step someone chose what to keep. Why Makeev left the commission is not recorded. Pavel, who keeps his own fictional minutes, is the same kind of link.',
      disputed:
        'Barnes\u2019s caution applies to every quotation of Kuznetsov that comes through Solzhenitsyn.',
      sources: ['barnes_2005', 'solzhenitsyn_gulag', 'wikipedia_ru'],
      place: 'lagpunkt_3',
    },
    {
      id: 'p_soldier_script',
      title: 'Words for the soldiers',
      date: { from: '1954-06', label: 'June 1954' },
      body:
        'The prisoners spoke to the troops as well as to themselves. Solzhenitsyn describes broadcasts aimed at the soldiers, and prisoners who went up to the towers at night to call to the guards through megaphones. Applebaum quotes a stenographed broadcast, made after about a month of the revolt, asking the soldiers not to shoot and not to come into the zone. The authorities answered with their own loudspeakers, playing one or two gramophone records over and over, which also served to drown the prisoners\u2019 broadcasts to the convoy troops. The prisoners\u2019 equipment was too weak to reach the settlement. Pavel\u2019s script of 5 June, Tamara and her reading are fiction.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003'],
      place: 'radio_room',
    },
  ],
  prompts: [
    {
      id: 'p_who_wrote_it',
      question: 'Tarasov heard the general\u2019s question from a man who heard it from another. Who wrote this story down, and why? What would you put in a minute-book: what was said, what was reported, or nothing?',
      skill: 'sourcing',
      reveal:
        'The question comes to us from Anne Applebaum\u2019s history of the Gulag (2003), which reports it without a date or a setting. A historian writing decades later, from archives and memoirs, is a different kind of witness from a man at the table. A careful record says where a story came from and what is not known: here, when, where, and whether anyone answered.',
      note: 'p_yegorov_question',
    },
    {
      id: 'p_hand_known',
      question: 'Pavel\u2019s leaflets could go out in his own clean hand or in anonymous block capitals. Why might a handwritten text matter to the people who find it, and to the people who investigate it?',
      skill: 'agency',
      reveal:
        'A leaflet asked its finder to pass it to the Central Committee: it was written to be read by authority. The same paper could later serve investigators. After 26 June, officials sorted the survivors using photographs taken at meetings, so the prisoners\u2019 own records and images could be turned against them. No source says handwriting was used in this way; the story asks the question, it does not answer it.',
      note: 'p_leaflet_copy',
    },
  ],
  moments: [
    {
      id: 'p_hearsay_entry',
      moment: 'When Tarasov brought the story of the general\u2019s question (31 May)',
      whatPrisonersDid:
        'We do not know how the commission recorded its dealings with the Moscow generals; no minutes survive in our sources. Yegorov\u2019s question is reported by Applebaum with no date. What did survive shows how records travel: Solzhenitsyn used Makeev\u2019s notes for words he gives Kuznetsov, and Barnes warns they may be inaccurate. Tarasov and the minute-book are fictional.',
      note: 'p_yegorov_question',
    },
    {
      id: 'p_wedding_paper',
      moment: 'When Antanas asked for a paper with both names (2 June)',
      whatPrisonersDid:
        'Weddings took place during the revolt, by several encyclopedias, and German Wikipedia says priests held them; how many, of which faiths and who officiated are not recorded. No register of these marriages kept by the commission is known. Antanas, Motria, Father Ihor and the paper are fiction built on that general record.',
      note: 'weddings_faith',
    },
  ],
};
