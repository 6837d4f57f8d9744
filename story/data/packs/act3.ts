// Content pack for Act III "The republic" (days 13-30, 28 May to 14 June 1954): endnotes,
// discussion prompts, history moments and glossary terms. Facts from the fact base §5.1-5.6 and its
// addendum §1, §3-5, §9, §11, §13, in our own words; where sources differ, the note says who says what.
import type { ContentPack } from '../../../src/content/schema.ts';

export const pack: ContentPack = {
  notes: [
    {
      id: 'equal_rations',
      title: 'One ration for all, and the services kept running',
      date: { from: '1954-05-24', to: '1954-06-26', label: '24 May to 26 June 1954' },
      body:
        'Once the prisoners held the zone, everyone received the same ration. Trusties (pridurki), such as clerks and cooks, no longer ate better than the rest. The sources we have record the rule, not who made it. Nothing came in from outside, so the stores slowly ran down. Much of daily life went on. Solzhenitsyn lists three meals a day, the bathhouse on its schedule, the laundry and changes of linen, the barber, and the sewing and shoe workshops. Applebaum adds that volunteers cleaned the barracks, washed clothes and stood guard, and that the dining hall was cleaner than before. The hospital kept working, although the authorities refused to send in medicines. Halyna\u2019s work in the kitchen, the hospital, the workshop or as a messenger is our reconstruction.',
      disputed:
        'Kuznetsov\u2019s statement to investigators after his arrest, a self-serving source, says that the 1st lagpunkt\u2019s bathhouse stood idle for about seven days against the commission\u2019s orders. Solzhenitsyn describes the services as running on schedule.',
      sources: ['applebaum_2003', 'solzhenitsyn_gulag', 'kokurin_petrov'],
      place: 'kitchen',
    },
    {
      id: 'defence_pickets',
      title: 'Barricades, wire and a bluff',
      date: { from: '1954-05-25', to: '1954-06-26', label: 'late May to 26 June 1954' },
      body:
        'The prisoners expected the troops to come back, and they prepared. According to Solzhenitsyn, they stacked adobe (saman) from the broken inner walls into barricades in front of every guardhouse, the places where soldiers could enter. Coils of barbed wire from the service-yard stores were laid loose wherever an attack seemed likely. The Technical Department put up signs reading \u201cCaution! Mined!\u201d. No source mentions real mines: the signs were a bluff. Brigades were formed to defend each barrack, and pickets watched the edges of the zone day and night. An MVD act describes pickets armed with pikes, sabres, knives and iron bars, standing on the barricades and on the roofs of service buildings. The night watch at Halyna\u2019s barrack door, the women carrying water to the barricade and Lieutenant Orlov, who talks to the pickets across the wire, are our reconstruction.',
      disputed:
        'The MVD documents describe the pickets as armed men drawn from \u201cOUN members and criminals\u201d; they were written by the side that crushed the revolt. Solzhenitsyn stresses improvisation and bluff. Neither account gives numbers.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'formozov_kites', 'kokurin_petrov'],
      place: 'guardhouse',
    },
    {
      id: 'loudspeakers_radio',
      title: 'The zone\u2019s own radio',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'Two film projectors were found in the captured service yard. According to Solzhenitsyn, the prisoners\u2019 Technical Department took out their amplifiers and used them for loudspeakers. The department worked in secret rooms in the service yard, with a skull and a \u201c100,000 volts\u201d sign at the door, so even most prisoners did not know what went on inside. The zone had its own announcers; the best known was Slava Yarimovskaya. There were news broadcasts, daily wall newspapers with caricatures, and programmes such as \u201cCrocodile tears\u201d, which mocked the guards\u2019 sudden concern for the women they used to beat. Some broadcasts spoke to the soldiers. The sound was too weak to reach the settlement. Solzhenitsyn says the power came from a secret hydro-electric station built by the prisoners. Only he mentions it, and how it worked is unknown. Jonas\u2019s part in this is fiction.',
      disputed:
        'The hydro-electric station rests on Solzhenitsyn alone; Applebaum says only that investigators later learned of \u201cthe radio station and the makeshift generator\u201d. Who built it and how it worked are not recorded. Novaya Gazeta reports that the prisoners also built a short-wave transmitter.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'novaya_2011', 'novaya_2018'],
      place: 'tech_rooms',
    },
    {
      id: 'kites_leaflets',
      title: 'Kites, balloons and pigeons',
      date: { from: '1954-06', to: '1954-06', label: 'June 1954 (no exact dates)' },
      body:
        'The prisoners tried to speak to the free settlement beside the camp over the heads of the guards. Solzhenitsyn describes a hot-air balloon of cigarette paper with a small brazier beneath it, which caught on the wire and burned. Smoke-filled balloons did fly over the settlement, with slogans such as \u201cSave women and old men from beatings!\u201d and \u201cWe demand a member of the Presidium of the CC!\u201d. The guards shot at them. Chechen prisoners offered to make kites, which carried bundles of leaflets and dropped them over the settlement. The leaflets themselves came from the commission\u2019s propaganda service: an MVD act says that a service under Yuri Knopmus, a commission member, mass-produced them, and calls them \u201cprovocative\u201d. The leaflets asked whoever found them to pass them on to the Central Committee. Warders on foot, on motorcycles and on horseback chased the leaflets, and the guards flew counter-kites to tangle the strings. Pigeons carried leaflets too. No launch is exactly dated: the days in the story are our choice, and Aslan is fictional.',
      disputed:
        'Almost all of this comes from Solzhenitsyn alone. The pigeons are confirmed from the other side: on 15 June the Interior Minister, Kruglov, complained that Yegorov\u2019s reports counted how many leaflet-carrying pigeons had been released (Applebaum, from the archives).',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003', 'kokurin_petrov'],
      place: 'settlement',
    },
    {
      id: 'cafe_culture',
      title: 'A caf\u00e9, concerts and a hymn',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'The revolt was not only barricades and talks. Applebaum describes a \u201ccaf\u00e9\u201d run by a prisoner, Count Bobrinsky, who served a brewed \u201ccoffee\u201d and sang old romances to the guitar. She calls him a Polish aristocrat, but the name is Russian, so his nationality is uncertain. Novaya Gazeta mentions concerts, plays in rehearsal, an art photo studio and wall newspapers, and an older version of English Wikipedia speaks of a brief flowering of art and culture. A Ukrainian hymn was written in the camp with the refrain \u201cWe will not be slaves\u201d. One source names its author, but this is unconfirmed. The survivor Irena Arginskaya later said that she had never, before or since, felt so free. Where the caf\u00e9 stood, and what was sung at any concert, are not recorded: those scenes, and Jonas\u2019s pencil portrait, are our reconstruction.',
      disputed:
        'The caf\u00e9 is known from one source (Applebaum). The hymn\u2019s authorship is attributed to Mykhailo Soroka by a single weak source.',
      sources: ['applebaum_2003', 'novaya_2018', 'wikipedia_en_old', 'pn14', 'gulag_online'],
    },
    {
      id: 'weddings_faith',
      title: 'Weddings and services',
      date: { from: '1954-05', to: '1954-06', label: 'late May and June 1954' },
      body:
        'With the inner walls down, men and women lived in one united zone. Russian Wikipedia says that this happened only at Kengir among the camp revolts. Gulag.online speaks of prisoners living great love affairs for the first time in years. Encyclopedias mention prisoner marriages and religious ceremonies, and German Wikipedia says priests held weddings. These accounts probably all go back to Solzhenitsyn. Nothing more is known: not how many couples married, of which faiths, or who married them. Father Ihor, Halyna\u2019s choice, the weddings and the Sunday liturgies in the story are fiction built on that general record. Faith is part of how the revolt is remembered too: Ukrainian tradition tells of men and women exchanging the Easter greeting across the columns shortly before it began.',
      sources: ['wikipedia_en', 'wikipedia_de', 'wikipedia_ru', 'gulag_online', 'ukrainian_retellings'],
      place: 'women_zone',
    },
    {
      id: 'makeev_semkin',
      title: 'Makeev leaves the commission',
      date: { from: '1954-06-03', label: '3 June 1954' },
      body:
        'The Russian Wikipedia list of the commission gives A. F. Makeev as a member for the 3rd lagpunkt until 3 June 1954, when N. A. Semkin took his place. Solzhenitsyn gives the background. Makeev expected the troops to crush the revolt whatever the prisoners did, and he opposed building any defences; Sluchenkov and Knopmus insisted on them. Why exactly he left, and what he did afterwards, is not recorded in the sources we used. The historian Steven Barnes notes that Solzhenitsyn drew on Makeev\u2019s notes for some words he attributes to Kuznetsov. So Makeev is also one of the people through whom we know the commission at all. The rumours in Halyna\u2019s barrack are invented, and the story confirms none of them.',
      disputed:
        'The date of the change rests on one source, and Solzhenitsyn\u2019s account of the quarrel over defences on another. Barnes warns that quotations passed on through Makeev\u2019s notes may be inaccurate.',
      sources: ['wikipedia_ru', 'solzhenitsyn_gulag', 'barnes_2005'],
      place: 'lagpunkt_3',
    },
    {
      id: 'authorities_loudspeakers',
      title: 'The other side\u2019s loudspeakers',
      date: { from: '1954-06', to: '1954-06-25', label: 'June 1954 (no exact dates)' },
      body:
        'The authorities answered with loudspeakers of their own around the camp. Solzhenitsyn describes calls to go back to work, complaints that coal trains stood unloaded, disinformation, and one or two gramophone records played over and over. The records also drowned out the prisoners\u2019 broadcasts to the soldiers. One announcement was a \u201cGulag order\u201d: the Kengir division would be disbanded and everyone shipped to Magadan, the port for the Kolyma camps, unless the prisoners went back to work by a deadline. The deadline passed and nothing happened. The loudspeakers also attacked the chairman, saying that Kuznetsov\u2019s release had been approved and then withdrawn. The free settlement was told that the zone was run by bloodthirsty bandits and debauched women: an example of propaganda, not a description. None of these broadcasts is exactly dated.',
      disputed:
        'This is Solzhenitsyn\u2019s account; we know of no recording or transcript of the broadcasts. Whether Kuznetsov\u2019s release had ever really been approved is unknown.',
      sources: ['solzhenitsyn_gulag', 'applebaum_2003'],
      place: 'guardhouse',
    },
    {
      id: 'rations_hunger',
      title: 'Bread cut to 500 grams? The MVD\u2019s account',
      date: { from: '1954-06-10', to: '1954-06-26', label: 'from 10 June 1954' },
      body:
        'An MVD act on the rebels\u2019 organisation records that from 10 June the prisoners\u2019 commission put everyone on a reduced food norm, with bread cut to 500 grams a day. The act calls this a manoeuvre to turn the prisoners against the administration. It claims that the stores were in fact full, and lists goods worth over eight million, presumably roubles. It is the only record of the cut we have, and it comes from the side that crushed the revolt. Late in June the prisoners broadcast that they were starving (Applebaum). No source documents a formal hunger strike at Kengir. German Wikipedia says that the inmates of several barracks joined a hunger strike at times, but we could not confirm it. The popular claim that the revolt began as a hunger strike is wrong.',
      disputed:
        'The MVD says the stores were full; the prisoners\u2019 broadcasts said they were starving. Whether the commission cut the ration at all rests on the MVD act alone. German Wikipedia\u2019s hunger strike is unverified.',
      sources: ['kokurin_petrov', 'applebaum_2003', 'wikipedia_de', 'popular_pages'],
      place: 'bakery',
      discussesMyth: true,
    },
    {
      id: 'coercion_inside',
      title: 'Pressure inside the zone',
      date: { from: '1954-05-25', to: '1954-06-26', label: 'late May to 26 June 1954' },
      body:
        'The revolt had its own coercion. Solzhenitsyn reports that Sluchenkov threatened that anyone who tried to surrender would be dealt with \u201cfive minutes before\u201d the surrender. The commission had a post called \u201cprison\u201d. An MVD act claims that the commission set up a special guard, partly to stop prisoners who did not support the revolt from leaving the zone. The MVD\u2019s report on the assault speaks of a \u201cblack list\u201d of such prisoners. Kuznetsov, in a statement written after his arrest, says Sluchenkov and Keller threatened to draw one up, and that he insisted any list be known to the commission. No source documents a prisoner walking out before 26 June. No verified source records killings by the rebels during the forty days; the rumours of them, which even Kuznetsov passed on, remain unconfirmed.',
      disputed:
        'Most of this comes from hostile or self-serving sources: MVD documents and Kuznetsov\u2019s statement under arrest. Solzhenitsyn\u2019s report of Sluchenkov\u2019s threat is consistent with them. Whether a black list existed is not established.',
      sources: ['solzhenitsyn_gulag', 'kokurin_petrov', 'wikipedia_ru'],
      place: 'guardhouse',
    },
  ],
  prompts: [
    {
      id: 'equal_shares',
      question: 'The commission gave everyone the same ration, even the trusties who used to eat better. Why might a prisoners\u2019 government make that rule, and what did it risk?',
      skill: 'context',
      reveal:
        'The sources record that everyone received the same ration, with no extras for trusties, while the stores slowly ran down. Meals, the bathhouse, the laundry and the workshops kept running, and the hospital worked without medicines. Equal shares were a visible break with the old camp order, where food had been a tool of control.',
      note: 'equal_rations',
    },
    {
      id: 'makeev_rumour',
      question: 'Halyna\u2019s barrack hears three stories about why Makeev left the commission. Which of them could be checked, and against what kind of source?',
      skill: 'sourcing',
      reveal:
        'The date and his replacement by Semkin come from the list of commission members in Russian Wikipedia. Solzhenitsyn says Makeev expected the troops to crush the revolt anyway and opposed building defences, while Sluchenkov and Knopmus wanted them. No source we used says he went over to the authorities.',
      note: 'makeev_semkin',
    },
    {
      id: 'who_saw_the_kites',
      question: 'Almost everything we know about the kites and balloons comes from one writer, Solzhenitsyn, who wrote from other prisoners\u2019 accounts. How could a historian test his account? Which detail can be checked from the other side?',
      skill: 'corroboration',
      reveal:
        'Solzhenitsyn wrote from the accounts of former Kengir prisoners. The pigeons can be checked: on 15 June the Interior Minister complained that Yegorov\u2019s reports counted how many leaflet-carrying pigeons had been released, a telegram Applebaum cites. An MVD act also mentions the leaflets produced under Knopmus. The kites and balloons remain single-source.',
      note: 'kites_leaflets',
    },
    {
      id: 'kuznetsov_release',
      question: 'Why would the authorities announce over loudspeakers that Kuznetsov\u2019s release had been approved and then withdrawn? Who was the message really for?',
      skill: 'sourcing',
      reveal:
        'Solzhenitsyn calls it a psychological attack on Kuznetsov. Whether a release had ever been considered is unknown. The same loudspeakers called the prisoners back to work, complained about unloaded coal trains and announced an order to ship everyone to Magadan; the deadline passed with nothing happening.',
      note: 'authorities_loudspeakers',
    },
    {
      id: 'bread_cut_500',
      question: 'The only record of the cut to 500 grams is an MVD act that says the stores were full. Why might the MVD say that? What other reasons could the commission have had?',
      skill: 'sourcing',
      reveal:
        'The act, written by the side that crushed the revolt, calls the cut a manoeuvre to turn the prisoners against the administration. Late in June the prisoners broadcast that they were starving. The commission\u2019s own reasons are not recorded, and no formal hunger strike is documented.',
      note: 'rations_hunger',
    },
    {
      id: 'leaving_the_zone',
      question: 'Could a prisoner who did not support the revolt simply leave the zone? What would you need to know to answer, and whose word do we have?',
      skill: 'agency',
      reveal:
        'No source documents anyone walking out before 26 June. An MVD act claims that the commission\u2019s guard stopped people leaving, and Solzhenitsyn reports Sluchenkov\u2019s threat against anyone who surrendered; both come from sources with reasons of their own. On 26 June the authorities\u2019 radio told prisoners who did not support the revolt to leave.',
      note: 'coercion_inside',
    },
  ],
  moments: [
    {
      id: 'carry_messages',
      moment: 'When Mykola asked her to carry papers for the underground (29 May)',
      whatPrisonersDid:
        'Applebaum writes that a mainly Ukrainian underground \u201cCenter\u201d worked alongside the elected commission and was in touch with all the lagpunkts; the authorities never identified all its members. Who carried its messages, and how, is not recorded. Many Kengir prisoners had been convicted at home as members or helpers of the underground, as Halyna was.',
      note: 'the_center',
    },
    {
      id: 'marry_in_zone',
      moment: 'When Father Ihor offered to marry her (1 June)',
      whatPrisonersDid:
        'Some couples did marry: encyclopedias, probably following Solzhenitsyn, say that priests held weddings in the united zone. How many couples, of which faiths, and what became of them is not recorded. Father Ihor is fictional.',
      note: 'weddings_faith',
    },
    {
      id: 'oksana_leave',
      moment: 'When a frightened friend wanted to leave the zone (12 June)',
      whatPrisonersDid:
        'No source records anyone walking out before 26 June. The MVD claimed that the commission\u2019s guard stopped people leaving, and Solzhenitsyn reports a threat against anyone who surrendered. What prisoners who wanted out actually did is not recorded. On 26 June the loudspeakers told those who did not support the revolt to leave.',
      note: 'coercion_inside',
    },
  ],
  glossary: [
    { id: 'stengazeta', term: 'stengazeta (wall newspaper)', lang: 'ru', forms: ['stengazeta', 'stengazety'], definition: 'A newspaper written by hand and pinned to a wall: news, notices and cartoons. It was a common Soviet form; during the revolt the prisoners put out daily wall newspapers with caricatures.' },
    { id: 'rushnyk', term: 'rushnyk (embroidered cloth)', lang: 'uk', forms: ['rushnyk', 'rushnyky'], definition: 'A long Ukrainian cloth embroidered for ceremonies. At a church wedding the couple traditionally step onto one together.' },
    { id: 'romans', term: 'romance (Russian romans)', lang: 'en', forms: ['old romances', 'romances'], definition: 'In Russian, romans: a sentimental art song, usually about love and loss, often sung to the guitar. The \u201cold romances\u201d of the nineteenth and early twentieth centuries were loved across the Russian-speaking world.' },
    { id: 'magadan', term: 'Magadan', lang: 'ru', forms: ['Magadan'], definition: 'A port on the Sea of Okhotsk in the Soviet Far East, the gateway to the Kolyma camps in the far north-east. For prisoners the name stood for the end of the world.' },
  ],
};
