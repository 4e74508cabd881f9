/**
 * Constructions that generalize beyond the seed articles: relay clauses, real speakers next to relays, names described
 * by a phrase, pronouns after a new name, headlines, speakers named by a title or a noun only.
 */
import { org, person, place, said } from './statements-support.js';

describe('statements: a relay clause only relays', () => {
  it('(nb) "ifølge Aftenposten, som siterer avisen X, sa Y at ..." → Y via [Aftenposten, X]', () => {
    const text = 'Budsjettet er klart.\n\nIfølge Aftenposten, som siterer avisen Nationen, sa Per Sandvik at bøndene får mer.';
    expect(said(text, 'nb', [org('Aftenposten'), org('Nationen'), person('Per Sandvik')])).toEqual([
      'indirect | Per Sandvik | Aftenposten,Nationen | bøndene får mer',
    ]);
  });

  it('(nb) "sa at «...», ifølge X, som siterer Y" relays the quote and is no statement', () => {
    const text = 'Skiløpet nærmer seg.\n\nTreneren Lars Vik sa at «svenskene er sterkest i år», ifølge Dagbladet, som siterer den svenske avisen Expressen.';
    expect(said(text, 'nb', [org('Dagbladet'), org('Expressen'), person('Lars Vik')])).toEqual([
      'direct | Lars Vik | Dagbladet,Expressen | svenskene er sterkest i år',
    ]);
  });

  it('(da) a speaker in apposition after the chain: "sagde Vestas\' topchef, Henrik Andersen, ..., at »...«"', () => {
    const text =
      'Aktien steg.\n\nIfølge Politiken, som citerer nyhedsbureauet Reuters, sagde Vestas\' topchef, Henrik Andersen, til aktionærerne i går, at firmaet »står stærkere end nogensinde«.';
    expect(said(text, 'da', [org('Politiken'), org('Reuters'), org('Vestas', "Vestas'"), person('Henrik Andersen')])).toEqual([
      'direct | Henrik Andersen | Politiken,Reuters | står stærkere end nogensinde',
    ]);
  });

  it('(en) "according to AP, which cited remarks ..." relays the quote before it', () => {
    const text = 'The vote was close.\n\n"We have the numbers. The bill will pass," Tom Reed said on Monday, according to AP, which cited remarks he made to a radio station.';
    expect(said(text, 'en', [person('Tom Reed'), org('AP')])).toEqual(['direct | Tom Reed | AP | We have the numbers. The bill will pass']);
  });

  it('(en) a relay that names no one is passed over', () => {
    const text = 'Staff were worried.\n\nAccording to Reuters, which cited two people familiar with the plan, Joan Park told managers that the merger was "all but done".';
    expect(said(text, 'en', [org('Reuters'), person('Joan Park')])).toEqual(['direct | Joan Park | Reuters | all but done']);
  });

  it('(da) "X har ifølge Berlingske opfordret ... til at »...«": X speaks, the paper relays, the clause is no statement', () => {
    const text = 'Striden fortsætter.\n\nBorgmester Anne Kirk har ifølge Berlingske bedt partierne om at »finde en løsning før jul«.';
    expect(said(text, 'da', [person('Anne Kirk'), org('Berlingske')])).toEqual(['direct | Anne Kirk | Berlingske | finde en løsning før jul']);
  });

  it('(da) "X har ifølge Børsen sagt ..., at »...«": the quotation is X\'s, relayed by the paper', () => {
    const text = 'Fyringer.\n\nHolm har ifølge Børsen sagt til personalet, at »ingen kontorer lukker«.';
    expect(said(text, 'da', [person('Søren Holm', 'Holm'), org('Børsen')])).toEqual(['direct | Søren Holm | Børsen | ingen kontorer lukker']);
  });

  it('(nb) "X har ifølge NTB sagt at ...": the source inside the clause relays', () => {
    const text = 'Saken følges.\n\nStatsministeren Jonas Berg har ifølge NTB sagt at regjeringen vil hjelpe.';
    expect(said(text, 'nb', [person('Jonas Berg'), org('NTB')])).toEqual(['indirect | Jonas Berg | NTB | regjeringen vil hjelpe']);
  });

  it('(nb) "X har ifølge NTB reist ...": without a speech verb or a quotation the source reports it', () => {
    const text = 'Saken følges.\n\nJonas Berg har ifølge NTB reist til Brussel i dag.';
    expect(said(text, 'nb', [person('Jonas Berg'), org('NTB'), place('Brussel')])).toEqual(['indirect | NTB |  | reist til Brussel i dag']);
  });

  it('(nb) "Ifølge Stortinget gjelder det «...»": the quotation, not the clause that carries it', () => {
    const text = 'Reglene endres.\n\nIfølge Stortinget gjelder det «alle søknader sendt etter nyttår».';
    expect(said(text, 'nb', [org('Stortinget')])).toEqual(['direct | Stortinget |  | alle søknader sendt etter nyttår']);
  });

  it('(da) "sagde X ifølge avisen": X is the speaker', () => {
    const text = 'Løbet var hårdt.\n\n- Det var min bedste dag, sagde Ole Berg ifølge Ritzau.';
    expect(said(text, 'da', [person('Ole Berg'), org('Ritzau')])).toEqual(['direct | Ole Berg | Ritzau | Det var min bedste dag']);
  });
});

describe('statements: the person a describing phrase follows', () => {
  it('(nb) "Professor X ved Y i Tromsø mener ..."', () => {
    const text = 'Fisket er truet.\n\nProfessor Kari Lunde ved Norges fiskerihøgskole i Tromsø mener kvotene må ned.';
    expect(said(text, 'nb', [person('Kari Lunde'), org('Norges fiskerihøgskole'), place('Tromsø')])).toEqual([
      'indirect | Kari Lunde |  | kvotene må ned',
    ]);
  });

  it('(nb) a name the tagger missed ends the describing phrase: "Sjeføkonom X i Nordbank Marked mener"', () => {
    const text = 'Renten stiger.\n\nSjeføkonom Eva Moe i Nordbank Marked mener boligprisene faller.';
    expect(said(text, 'nb', [person('Eva Moe')])).toEqual(['indirect | Eva Moe |  | boligprisene faller']);
  });

  it('(da) "Lektor X fra Y (Z) mener, at ...", then "siger han" is X, not the speaker before', () => {
    const text =
      'Valget nærmer sig.\n\n- Vi vinder, sagde Mads Jensen.\n\nLektor Jens Holm fra Syddansk Universitet (SDU) mener, at valget bliver tæt.\n\n- Det er åbent, siger han.';
    expect(said(text, 'da', [person('Mads Jensen'), person('Jens Holm'), org('Syddansk Universitet', 'SDU')])).toEqual([
      'direct | Mads Jensen |  | Vi vinder',
      'indirect | Jens Holm |  | valget bliver tæt',
      'direct | Jens Holm |  | Det er åbent',
    ]);
  });

  it('(en) "Judge X of the Y Court said ... had "erred" in ..." and "X, chief negotiator for Y (Z), said"', () => {
    const text =
      'The appeal ended.\n\nJudge Amy Stone of the Appeals Court said the agency had "erred" in its review.\n\n' +
      'Ana Berg, chief negotiator for the Pacific Islands Forum (PIF), said the offer was "an insult to the region".';
    expect(said(text, 'en', [person('Amy Stone'), org('Appeals Court'), person('Ana Berg'), org('Pacific Islands Forum', 'PIF')])).toEqual([
      'direct | Amy Stone |  | erred',
      'direct | Ana Berg |  | an insult to the region',
    ]);
  });

  it('(en) a quoted word before a noun is a label, not a quotation', () => {
    const text = "The talks ended.\n\nFrance has announced that it will sign after 'constructive' meetings in Rome.";
    expect(said(text, 'en', [place('France'), place('Rome')])).toEqual(["indirect | France |  | it will sign after 'constructive' meetings in Rome"]);
  });

  it('(da) "oplyser X, som ejer ..., at ...": the relative clause stands between cue and clause', () => {
    const text = 'Handlen er lukket.\n\nSamtidig oplyser Lego Fonden, som ejer koncernen, at fonden støtter salget.';
    expect(said(text, 'da', [org('Lego Fonden')])).toEqual(['indirect | Lego Fonden |  | fonden støtter salget']);
  });

  it('(nb) "har Statens vegvesen (SVV) advart om at": the abbreviation names the subject', () => {
    const text = 'Veiene er glatte.\n\nSamtidig har Statens veg- og trafikkvesen (SVV) advart om at bilistene må kjøre forsiktig.';
    expect(said(text, 'nb', [org('SVV')])).toEqual(['indirect | SVV |  | bilistene må kjøre forsiktig']);
  });

  it('(en) "The Office for National Statistics (ONS) said": a name cut at its preposition is the subject', () => {
    const text = 'Prices rose.\n\nThe Office for National Statistics (ONS) said that inflation would fall.';
    expect(said(text, 'en', [org('National Statistics', 'ONS')])).toEqual(['indirect | National Statistics |  | inflation would fall']);
  });
});

describe('statements: pronouns and surnames', () => {
  it('(nb) "sier han" after a new person is named in the paragraph before', () => {
    const text = 'Flommen vokser.\n\n– Vi følger med, sier Jonas Berg.\n\nI Voss er ordfører Per Olsen rolig.\n\n– Vi har vært her før, sier han.';
    expect(said(text, 'nb', [person('Jonas Berg'), person('Per Olsen'), place('Voss')])).toEqual([
      'direct | Jonas Berg |  | Vi følger med',
      'direct | Per Olsen |  | Vi har vært her før',
    ]);
  });

  it('(nb) a surname the tagger left untagged, then "Hun" continues the speaker, not a name in her clause', () => {
    const text = 'Vedtaket falt.\n\nOrdfører Kari Dahl Brekke er skuffet.\n\nBrekke mener at Vindkraft har undervurdert protestene. Hun krever at saken utsettes.';
    expect(said(text, 'nb', [person('Kari Dahl Brekke'), person('Vindkraft')])).toEqual([
      'indirect | Kari Dahl Brekke |  | Vindkraft har undervurdert protestene',
      'indirect | Kari Dahl Brekke |  | saken utsettes',
    ]);
  });

  it('(en) "X has defended ..., insisting that ..." and "X welcomed ... but said it ..." take the subject', () => {
    const text =
      'Spending review.\n\nAnna Grey has defended the cuts, insisting that the council had "no alternative".\n\n' +
      'In Cardiff, Wales\'s first minister, Ian Moray, welcomed the grant but said it "will not fix the roads".';
    expect(said(text, 'en', [person('Anna Grey'), place('Cardiff'), place('Wales', "Wales's"), person('Ian Moray')])).toEqual([
      'direct | Anna Grey |  | no alternative',
      'direct | Ian Moray |  | will not fix the roads',
    ]);
  });

  it('(en) `"...," X said` with X known only by surname', () => {
    const text = 'Prof Dan White, a historian, spoke.\n\n"The treaty is fragile. It may not last," White said.';
    expect(said(text, 'en', [person('Dan White', 'Prof Dan White')])).toEqual(['direct | Dan White |  | The treaty is fragile. It may not last']);
  });

  it('(nb) "..., men at ..." after a partial quote is a statement of its own', () => {
    const text = 'Anbudet er avgjort.\n\nTalsperson Ola Lie sier til NTB at firmaet «respekterer avgjørelsen», men at det vurderer å klage.';
    expect(said(text, 'nb', [person('Ola Lie'), org('NTB')])).toEqual([
      'direct | Ola Lie |  | respekterer avgjørelsen',
      'indirect | Ola Lie |  | det vurderer å klage',
    ]);
  });
});

describe('statements: headlines', () => {
  it('(da) "Frederiksen efter topmødet: - ..." with the speaker named by a middle name', () => {
    const text = 'Frederiksen efter topmødet: - Vi holder fast i kursen\n\nKulturminister Anne Frederiksen Lund talte onsdag i Bruxelles.';
    expect(said(text, 'da', [person('Anne Frederiksen Lund'), place('Bruxelles')])).toEqual(['direct | Anne Frederiksen Lund |  | Vi holder fast i kursen']);
  });

  it("(da) \"X efter løbet: 'Jeg kommer igen'\"", () => {
    const text = "Hansen efter løbet: 'Jeg kommer igen'\n\nMikkel Hansen tabte tid i bjergene.";
    expect(said(text, 'da', [person('Mikkel Hansen', 'Hansen')])).toEqual(['direct | Mikkel Hansen |  | Jeg kommer igen']);
  });

  it('(da) a name that is the topic of a headline ("Carlsberg skærer ned: - ...") speaks no quote', () => {
    const text = 'Carlsberg skærer ned: - Vi må spare\n\nBryggeriet fyrer 500 medarbejdere.';
    expect(said(text, 'da', [org('Carlsberg')])).toEqual([]);
  });

  it('(nb) a title as headline speaker is its holder below: "Hydro-sjefen om kuttet: – ..."', () => {
    const text = 'Hydro-sjefen om kuttet: – Vi hadde ikke noe valg\n\nKonsernsjef Eva Strand forklarte kuttet fredag.';
    expect(said(text, 'nb', [org('Hydro'), person('Eva Strand')])).toEqual(['direct | Eva Strand |  | Vi hadde ikke noe valg']);
  });

  it('(en) `X: "..."` and a standfirst "Minister insists ..." by the first speaker below', () => {
    const text =
      'Minister insists plan is "the fairest option" as unions protest\n\n' +
      'Anna Grey has defended the pension plan, insisting that the government had "no alternative".\n\n' +
      'Doyle: "A plan for nobody"\n\nThe opposition leader, Ruth Doyle, said the government had misled voters.';
    expect(said(text, 'en', [person('Anna Grey'), person('Ruth Doyle')])).toEqual([
      'direct | Anna Grey |  | the fairest option',
      'direct | Anna Grey |  | no alternative',
      'direct | Ruth Doyle |  | A plan for nobody',
      'indirect | Ruth Doyle |  | the government had misled voters',
    ]);
  });

  it('(en) a quoted subheading continues no one; a headline without a named speaker is no statement', () => {
    const text =
      'Storm hits the coast – now Norway braces for more\n\n"We are ready for the next one," Lee Moss said.\n\n\'A long night\'\n\nThe roads will reopen on Monday.';
    expect(said(text, 'en', [person('Lee Moss'), place('Norway')])).toEqual(['direct | Lee Moss |  | We are ready for the next one']);
  });
});

describe('statements: speakers named by title or by a noun for a person', () => {
  it('(da) "Finansministeren" is the minister who just spoke, not the last minister named', () => {
    const text =
      'Mødet var kort.\n\nFinansminister Ida Vang mødte finansminister Klaus Berg fra Tyskland.\n\n- Vi er enige om rammerne, sagde Ida Vang.\n\n' +
      'Finansministeren fortalte, at landene vil samarbejde om skat.';
    expect(said(text, 'da', [person('Ida Vang'), person('Klaus Berg'), place('Tyskland')])).toEqual([
      'direct | Ida Vang |  | Vi er enige om rammerne',
      'indirect | Ida Vang |  | landene vil samarbejde om skat',
    ]);
  });

  it('(nb) "Ifølge eksperten ..." is the expert named before', () => {
    const text = 'Finalen nærmer seg.\n\nHåndballekspert Kari Berg mener laget er klart.\n\nIfølge eksperten avgjør keeperen kampen.';
    expect(said(text, 'nb', [person('Kari Berg')])).toEqual([
      'indirect | Kari Berg |  | laget er klart',
      'indirect | Kari Berg |  | avgjør keeperen kampen',
    ]);
  });

  it('(da) "sagde svenskeren" is the person who spoke just before', () => {
    const text =
      'Løbet var hårdt.\n\nIfølge Ritzau sagde Erik Lund efter løbet, at han »havde ventet et hurtigere felt«.\n\n- Jeg er stolt af holdet, sagde svenskeren ifølge avisen.';
    expect(said(text, 'da', [org('Ritzau'), person('Erik Lund')])).toEqual([
      'direct | Erik Lund | Ritzau | havde ventet et hurtigere felt',
      'direct | Erik Lund |  | Jeg er stolt af holdet',
    ]);
  });

  it('(nb) "sier treneren" is the person spoken of, "sa politiet" names no one', () => {
    const text = 'Kampen ble tapt.\n\nPer Moe har ledet laget i to år.\n\n– Vi var for dårlige, sier treneren.\n\n– Ingen ble skadet, sa politiet.';
    expect(said(text, 'nb', [person('Per Moe')])).toEqual(['direct | Per Moe |  | Vi var for dårlige', 'direct | - |  | Ingen ble skadet']);
  });

  it('(en) "the statistics agency" is the organization named before', () => {
    const text = 'Jobs data.\n\nThe ONS said that hiring would slow. However, the agency warned that wages would "stay flat".';
    expect(said(text, 'en', [org('ONS')])).toEqual(['indirect | ONS |  | hiring would slow', 'direct | ONS |  | stay flat']);
  });
});

describe('statements: sources named by their documents, descriptions and coordinated cues', () => {
  it('(en) "..., according to a WHO situation report seen by Reuters": the organization speaks, the medium that saw it relays', () => {
    const text = 'Cases rise.\n\nMore than 4,000 cases were reported in the province last month, according to a WHO situation report seen by Reuters.';
    expect(said(text, 'en', [org('WHO'), org('Reuters')])).toEqual([
      'indirect | WHO | Reuters | More than 4,000 cases were reported in the province last month',
    ]);
  });

  it('(en) a cue without a subject ("cases were reported") leaves the clause to the closing source', () => {
    const text = 'Cases rise.\n\nNew cases were reported in three districts, according to the Ministry of Health.';
    expect(said(text, 'en', [org('Ministry of Health')])).toEqual(['indirect | Ministry of Health |  | New cases were reported in three districts']);
  });

  it('(da) a cue coordinated after a quotation reports its own clause: "kaldte det »...« og oplyste, at ..."', () => {
    const text = 'Valget er afgjort.\n\nHolm kaldte valget for »et bittert nederlag« og oplyste, at han ikke vil deltage i forhandlingerne.';
    expect(said(text, 'da', [person('Ole Holm', 'Holm')])).toEqual([
      'direct | Ole Holm |  | et bittert nederlag',
      'indirect | Ole Holm |  | han ikke vil deltage i forhandlingerne',
    ]);
  });

  it('(nb) a description with the name in parentheses: the name speaks, after the cue and before it', () => {
    const named = [place('Islands', 'Islands'), org('Veðurstofa Íslands')];
    expect(said('Nytt utbrudd.\n\nUtbruddet startet like etter klokken tre, opplyser Islands meteorologiske institutt (Veðurstofa Íslands).', 'nb', named)).toEqual([
      'indirect | Veðurstofa Íslands |  | Utbruddet startet like etter klokken tre',
    ]);
    expect(said('Nytt utbrudd.\n\nIslands meteorologiske institutt (Veðurstofa Íslands) opplyser at sprekken er tre kilometer lang.', 'nb', named)).toEqual([
      'indirect | Veðurstofa Íslands |  | sprekken er tre kilometer lang',
    ]);
  });

  it('(nb) an organization noun names the organization described by it or written with it', () => {
    const described = 'Veiene er stengt.\n\nDet islandske sivilforsvaret, Almannavarnir, har stengt veiene. Kraftselskapet Orka sier at vollene holder. Ifølge sivilforsvaret kan lavaen nå veien i natt.';
    expect(said(described, 'nb', [org('Almannavarnir'), org('Orka')]).at(-1)).toBe('indirect | Almannavarnir |  | kan lavaen nå veien i natt');
    const written = 'Dom i saken.\n\nFrostating lagmannsrett slo fast at vedtaket er ugyldig. I dommen skriver retten at staten ikke har godtgjort behovet.';
    expect(said(written, 'nb', [org('Frostating Court of Appeal', 'Frostating lagmannsrett')])).toEqual([
      'indirect | Frostating Court of Appeal |  | vedtaket er ugyldig',
      'indirect | Frostating Court of Appeal |  | staten ikke har godtgjort behovet',
    ]);
  });

  it('(en) an unnamed subject with a prepositional phrase closes the sentence ("officials on both sides said"), a clause after a comma does not', () => {
    expect(said('Talks go on.\n\nThe museum and the government are close to an agreement, officials on both sides said on Tuesday.', 'en', [])).toEqual([
      'indirect | - |  | The museum and the government are close to an agreement',
    ]);
    const text = 'Border shut.\n\nFinland will keep its border closed, Prime Minister Anna Lehto announced on Thursday, after border guards reported more arrivals.';
    expect(said(text, 'en', [person('Anna Lehto'), place('Finland')])).toEqual(['indirect | Anna Lehto |  | Finland will keep its border closed']);
  });

  it('(da) a title held at a company named in a compound, then the holder in apposition', () => {
    const text = 'Aktien steg.\n\nIfølge Børsen sagde den administrerende direktør i Acme-ejeren Nordholm, Søren Dal, at familien vil investere mere.';
    expect(said(text, 'da', [org('Børsen'), org('Acme'), org('Nordholm'), person('Søren Dal')])).toEqual([
      'indirect | Søren Dal | Børsen | familien vil investere mere',
    ]);
  });
});

describe('statements: nouns that name an organization only by its name', () => {
  it('(nb) "ifølge politiet" is no organization merely named before', () => {
    const text = 'Brann i Bergen.\n\nNRK melder at brannen er slukket. Ifølge politiet ble ingen skadet i brannen.';
    expect(said(text, 'nb', [org('NRK')]).at(-1)).toBe('indirect | - |  | ble ingen skadet i brannen');
  });
});

describe('statements: where an English clause starts and ends', () => {
  it('(en) "told the Evening Star she had ...": the one spoken to, named, stands before the clause', () => {
    const text = 'Cafes hit.\n\nLaura Finn, who runs a cafe in Leeds, told the Evening Star she had not been able to pay her suppliers.';
    expect(said(text, 'en', [person('Laura Finn'), place('Leeds'), org('Evening Star')])).toEqual([
      'indirect | Laura Finn |  | she had not been able to pay her suppliers',
    ]);
  });

  it('(en, nb) a time relative to another event closes the reported clause', () => {
    expect(said('Outage.\n\nAcme Pay has confirmed it was hit by a cyber-attack, days after customers began reporting problems.', 'en', [org('Acme Pay')])).toEqual([
      'indirect | Acme Pay |  | it was hit by a cyber-attack',
    ]);
    expect(said('Brudd.\n\nNordnett bekrefter at kabelen er kuttet, kort tid etter at kundene meldte om feil.', 'nb', [org('Nordnett')])).toEqual([
      'indirect | Nordnett |  | kabelen er kuttet',
    ]);
  });
});

describe('statements: more English clauses without "that", and sources named by their body', () => {
  it('(en) "insisted the setback was temporary" is a clause; "announced a new package" is an object, no statement', () => {
    expect(said('Power cuts.\n\nMarokane insisted the setback was temporary.', 'en', [person('Dan Marokane', 'Marokane')])).toEqual([
      'indirect | Dan Marokane |  | the setback was temporary',
    ]);
    expect(said('Aid.\n\nThe minister announced a new package of measures on Monday.', 'en', [])).toEqual([]);
  });

  it('(en) an opening phrase before the subject is no statement the cue closes', () => {
    const text = "Clinics.\n\nIn Belo Horizonte, where hospitals set up tents during last year's outbreak, nurse Ana Souza said staff had been asking for a vaccine.";
    expect(said(text, 'en', [place('Belo Horizonte'), person('Ana Souza')])).toEqual(['indirect | Ana Souza |  | staff had been asking for a vaccine']);
    expect(said('Blackouts.\n\nIn Soweto, salon owner Mary Dube said she had lost half a day of bookings.', 'en', [place('Soweto'), person('Mary Dube')])).toEqual([
      'indirect | Mary Dube |  | she had lost half a day of bookings',
    ]);
  });

  it('(nb, da) "ifølge FNs matvareprogram (WFP)" and "ifølge FN\'s flygtningeorganisation, UNHCR," are the named body\'s', () => {
    expect(said('Flom.\n\nIfølge FNs matvareprogram (WFP) kan matprisene stige kraftig.', 'nb', [org('FN', 'FNs'), org('WFP')])).toEqual([
      'indirect | WFP |  | kan matprisene stige kraftig',
    ]);
    expect(said("Forlis.\n\nIfølge FN's flygtningeorganisation, UNHCR, er over 1.100 mennesker omkommet i år.", 'da', [org('FN'), org('UNHCR')])).toEqual([
      'indirect | UNHCR |  | er over 1.100 mennesker omkommet i år',
    ]);
  });

  it('(nb) a compound organization noun names the organization named earlier in its sentence, and none further back', () => {
    const text = 'Flom.\n\nWHO advarte i helgen om at sykdommer sprer seg. Også Unicef slår alarm: Ifølge barnefondet mangler 600 000 barn rent vann.';
    expect(said(text, 'nb', [org('WHO'), org('Unicef')]).at(-1)).toBe('indirect | Unicef |  | mangler 600 000 barn rent vann');
    const back = 'Øvelse.\n\nKreml sier at øvelsen er over. Dette kom etter at forsvarsdepartementet opplyste at enhetene er hjemme.';
    expect(said(back, 'nb', [org('Kreml')]).at(-1)).toBe('indirect | - |  | enhetene er hjemme');
  });

  it('(nb) a cue coordinated with the verb of a sentence that opens with a pronoun is that pronoun\'s', () => {
    const text = 'Dom.\n\nMilan Kovač ble dømt i juni. Han har anket dommen og kaller den «en politisk heksejakt».';
    expect(said(text, 'nb', [person('Milan Kovač')])).toEqual(['direct | Milan Kovač |  | en politisk heksejakt']);
  });
});

describe('statements: verbs that also take a plain object', () => {
  it('(nb) "vurderer å ..." and "frykter utbrudd av kolera" report nothing; "frykter at" and "foreslår X å" do', () => {
    expect(said('Skatt.\n\nMowi vurderer å flytte foredlingen ut av landet.', 'nb', [org('Mowi')])).toEqual([]);
    expect(said('Flom.\n\nNå frykter helsearbeidere utbrudd av kolera i leirene.', 'nb', [])).toEqual([]);
    expect(said('Flom.\n\nLegene frykter at kolera vil spre seg i leirene.', 'nb', [])).toEqual(['indirect | - |  | kolera vil spre seg i leirene']);
    expect(said('Krim.\n\nI forslaget foreslår Kyiv å holde samtaler om regionens status.', 'nb', [place('Kyiv')])).toEqual([
      'indirect | Kyiv |  | å holde samtaler om regionens status',
    ]);
  });
});

describe('statements: a subject before a long relative clause', () => {
  it('(da) "X, der selv var minister, da programmet blev forsinket, mener, at ..." is X\'s', () => {
    const text = 'Forsinkelse.\n\nVenstres Ole Dam, der selv var minister, da programmet sidst blev forsinket, mener, at revisionen bør se på sagen.';
    expect(said(text, 'da', [org('Venstre', 'Venstres'), person('Ole Dam')])).toEqual(['indirect | Ole Dam |  | revisionen bør se på sagen']);
  });
});

describe('statements: batch-8 constructions, general', () => {
  it('(en) "cautioned that" reports; a quoted phrase in a sentence closed by "she added" is the direct statement', () => {
    expect(said('Talks.\n\nBut Vakil cautioned that the sanctions had left little room.', 'en', [person('Sanam Vakil', 'Vakil')])).toEqual([
      'indirect | Sanam Vakil |  | the sanctions had left little room',
    ]);
    const text = 'Bid.\n\nAnna Rao said India respected the decision. The country remained "fully committed" to its bid, she added.';
    expect(said(text, 'en', [person('Anna Rao'), place('India')])).toEqual([
      'indirect | Anna Rao |  | India respected the decision',
      'direct | Anna Rao |  | fully committed',
    ]);
  });

  it('(en) a cue followed by its own clause is no closing attribution: "According to X, citing Y, Z said Tehran had ..."', () => {
    const text = 'Talks.\n\nAccording to Reuters, citing the state news agency IRNA, Araghchi said Tehran had made its position clear.';
    expect(said(text, 'en', [org('Reuters'), org('IRNA'), person('Abbas Araghchi', 'Araghchi'), place('Tehran')])).toEqual([
      'indirect | Abbas Araghchi | Reuters,IRNA | Tehran had made its position clear',
    ]);
  });

  it('(en) `"...," he was quoted as saying`: the passive subject speaks', () => {
    const text = 'Talks.\n\nAbbas Araghchi arrived in Muscat.\n\n"We came to test whether Washington is ready," he was quoted as saying.';
    expect(said(text, 'en', [person('Abbas Araghchi'), place('Muscat'), place('Washington')])).toEqual([
      'direct | Abbas Araghchi |  | We came to test whether Washington is ready',
    ]);
  });

  it('(da) "kalder seniorkonsulent X sagen »...«": the subject of a quotation-only cue stands before its object', () => {
    const text = 'Svindel.\n\nHos Ældre Sagen kalder seniorkonsulent Birthe Nørgaard sagen »et wake-up call« for bankerne.';
    expect(said(text, 'da', [org('Ældre Sagen'), person('Birthe Nørgaard')])).toEqual(['direct | Birthe Nørgaard |  | et wake-up call']);
  });

  it('(nb) the person a title and an organization describe: "Analytiker X i den bolivianske tankesmien Y mener"', () => {
    const text = 'Valg.\n\nAnalytiker Carla Arias i den bolivianske tankesmien Fundación Jubileo mener presidenten får problemer.';
    expect(said(text, 'nb', [person('Carla Arias'), org('Fundación Jubileo')])).toEqual(['indirect | Carla Arias |  | presidenten får problemer']);
  });

  it('(nb) "ifølge foreløpige tall fra valgmyndigheten X (TSE)": the body named after its noun, its short form left out', () => {
    const text = 'Valg.\n\nIfølge foreløpige tall fra valgmyndigheten Tribunal Supremo Electoral (TSE) fikk Paz 54,5 prosent av stemmene.';
    expect(said(text, 'nb', [org('Tribunal Supremo Electoral', 'TSE'), person('Rodrigo Paz', 'Paz')])).toEqual([
      'indirect | Tribunal Supremo Electoral |  | fikk Paz 54,5 prosent av stemmene',
    ]);
  });
});

describe('statements: a title in apposition in Norwegian and Danish', () => {
  it('(da) "Lollands borgmester, X (S), har ...", then "Borgmesteren vurderer, at" is X', () => {
    const text = 'Stormflod.\n\nOgså Lollands borgmester, Holger Dam (S), har været på benene hele natten.\n\nBorgmesteren vurderer, at skaderne bliver store.';
    expect(said(text, 'da', [place('Lolland', 'Lollands'), person('Holger Dam'), org('Socialdemokratiet', 'S')])).toEqual([
      'indirect | Holger Dam |  | skaderne bliver store',
    ]);
  });
});

describe('statements: an abbreviated given name inside an institution', () => {
  it('(nb) "Chr." ends no sentence: "X, som forsker ved Chr. Michelsens Institutt (CMI), mener ..."', () => {
    const text = 'Dom.\n\nSigurd Moen, som forsker ved Chr. Michelsens Institutt (CMI) i Bergen, mener kjennelsen passer inn i et mønster.';
    expect(said(text, 'nb', [person('Sigurd Moen'), org('Chr. Michelsens Institutt', 'CMI'), place('Bergen')])).toEqual([
      'indirect | Sigurd Moen |  | kjennelsen passer inn i et mønster',
    ]);
  });
});

describe('statements: no subject after the verb when one opens the sentence', () => {
  it('(en) "According to Reuters, citing officials who asked not to be named, ...": the relative clause describes the sources', () => {
    expect(said('Dom.\n\nAccording to Reuters, citing a USDA official who asked not to be named, the department is also weighing changes to how losses are counted.', 'en', [org('Reuters'), org('United States Department of Agriculture', 'USDA')])).toEqual([
      'indirect | - | Reuters | the department is also weighing changes to how losses are counted',
    ]);
  });

  it('(en) "said it will sell the business, and analysts in Johannesburg warn that ...": a coordinated report with its own speaker ends the first', () => {
    expect(said('Dom.\n\nAnglo American has said it intends to sell the business, and analysts in Johannesburg warn that prices have fallen.', 'en', [org('Anglo American'), place('Johannesburg')])).toEqual([
      'indirect | Anglo American |  | it intends to sell the business',
      'indirect | - |  | prices have fallen',
    ]);
  });

  it('(nb) "viser til at ..., og hun mener ...": the coordinated cue reports on its own; ", og at ..." goes on with the first', () => {
    expect(said('Dom.\n\nKari Lunde viser til at Stortinget i fjor vedtok en handlingsplan, og hun mener funnet viser at tiltakene må komme raskere. Ola Dahl sier at dyret ble felt i Vinje, og at jegeren selv meldte fra.', 'nb', [person('Kari Lunde'), person('Ola Dahl'), place('Vinje'), org('Stortinget')])).toEqual([
      'indirect | Kari Lunde |  | Stortinget i fjor vedtok en handlingsplan',
      'indirect | Kari Lunde |  | funnet viser at tiltakene må komme raskere',
      'indirect | Ola Dahl |  | dyret ble felt i Vinje, og at jegeren selv meldte fra',
    ]);
  });

  it('(en) `..., he said, "so that ..."`: the clause before the attribution is reported too, and the quotation after it', () => {
    expect(said('Dom.\n\nTebogo Sekgoma spoke first. The party wants the full text published, he said, "so that voters can judge for themselves".', 'en', [person('Tebogo Sekgoma')])).toEqual([
      'indirect | Tebogo Sekgoma |  | The party wants the full text published',
      'direct | Tebogo Sekgoma |  | so that voters can judge for themselves',
    ]);
    // A title before the comma is no clause.
    expect(said('Dom.\n\nDeputy Defence Minister, Alexander Fomin said, "A decision has been made to reduce activity."', 'en', [person('Alexander Fomin')])).toEqual([
      'direct | Alexander Fomin |  | A decision has been made to reduce activity',
    ]);
  });

  it('(en) `The minister\'s promises, she said, "will mean nothing ..."`: the words before are the quotation\'s subject, no report', () => {
    expect(said('Dom.\n\nPriya Sandhu was unconvinced. The minister\'s promises, she said, "will mean nothing if the rules arrive late".', 'en', [person('Priya Sandhu')])).toEqual([
      'direct | Priya Sandhu |  | will mean nothing if the rules arrive late',
    ]);
  });

  it('(en) "..., the GAO said on Tuesday, in a report that blames ...": "that" after the report\'s noun opens no clause of the cue', () => {
    expect(said('Dom.\n\nThe frigate will be delivered at least three years late, the Government Accountability Office said on Tuesday, in a report that blames design changes.', 'en', [org('Government Accountability Office')])).toEqual([
      'indirect | Government Accountability Office |  | The frigate will be delivered at least three years late',
    ]);
  });

  it('(en) "GCI has since clarified that ...": "clarified" is a cue', () => {
    expect(said('Dom.\n\nGCI has since clarified that it was referring to concentration of ownership rather than nationality.', 'en', [org('GCI')])).toEqual([
      'indirect | GCI |  | it was referring to concentration of ownership rather than nationality',
    ]);
  });

  it('(da) "forventer at levere", "afviser at kommentere": "at" before an infinitive without a comma opens no clause; a promise and a quantifier do', () => {
    expect(said('Dom.\n\nTroels Lund Poulsen talte. Han tilføjer, at regeringen forventer at levere det første skib i 2029. SAS afviser at kommentere oplysningerne. Han mener at flere skoler bør lukke. Selskabet har lovet at stoppe flyvningerne til Moskva.', 'da', [person('Troels Lund Poulsen'), org('SAS')])).toEqual([
      'indirect | Troels Lund Poulsen |  | regeringen forventer at levere det første skib i 2029',
      'indirect | Troels Lund Poulsen |  | flere skoler bør lukke',
      'indirect | SAS |  | stoppe flyvningerne til Moskva',
    ]);
  });

  it('"the government", "regeringen" stand for no body named otherwise: no speaker rather than the airline named before', () => {
    expect(said('Dom.\n\nSAS flew to Moscow with many passengers yesterday. The government believes that prices will rise sharply this year.', 'en', [org('SAS')])).toEqual([
      'indirect | - |  | prices will rise sharply this year',
    ]);
    expect(said('Dom.\n\nSAS fløj i går til Moskva med mange passagerer. Regeringen mener, at priserne stiger kraftigt i år.', 'da', [org('SAS')])).toEqual([
      'indirect | - |  | priserne stiger kraftigt i år',
    ]);
  });

  it('(da) "IA-politikeren peger på, at": a politician by a party\'s compound is the one who spoke before', () => {
    expect(said('Dom.\n\nAne Petersen Kreutzmann, der sidder i Folketinget for Inuit Ataqatigiit (IA), mener, at Grønland bør have mere indflydelse.\n\nIA-politikeren peger på, at Naalakkersuisut ikke er blevet hørt i processen.', 'da', [person('Ane Petersen Kreutzmann'), org('Inuit Ataqatigiit', 'Inuit Ataqatigiit', 'IA'), org('Folketinget')])).toEqual([
      'indirect | Ane Petersen Kreutzmann |  | Grønland bør have mere indflydelse',
      'indirect | Ane Petersen Kreutzmann |  | Naalakkersuisut ikke er blevet hørt i processen',
    ]);
  });

  it('(en) "according to preliminary figures released on Wednesday by X": the author of a document dated and described is the source', () => {
    expect(said('Dom.\n\nBeekeepers lost an estimated 56 percent of their colonies, according to preliminary figures released on Wednesday by the Apiary Inspectors of America.', 'en', [org('Apiary Inspectors of America')])).toEqual([
      'indirect | Apiary Inspectors of America |  | Beekeepers lost an estimated 56 percent of their colonies',
    ]);
  });

  it('(nb, da) "Det opplyses at ...", "Det oplyses desuden, at ...": an impersonal passive reports a clause of no one named', () => {
    expect(said('Dom.\n\nPolitiet fant tobakk i Halden, sier Ole Hansen. Det opplyses samtidig at bilen var stjålet.', 'nb', [person('Ole Hansen'), place('Halden')])).toEqual([
      'indirect | Ole Hansen |  | Politiet fant tobakk i Halden',
      'indirect | - |  | bilen var stjålet',
    ]);
    expect(said('Dom.\n\nPolitiet fandt tobak i Padborg. Det oplyses desuden, at scanneren skal flyttes til Rødby.', 'da', [place('Padborg'), place('Rødby')])).toEqual([
      'indirect | - |  | scanneren skal flyttes til Rødby',
    ]);
  });

  it('(en) "..., adding 10 to 14 days to voyages": an amount with no verb after "adding" is its object, no report', () => {
    expect(said('Dom.\n\nThe Centre is funding half of the cost, with the Gujarat government adding a further 20 per cent. Ships now sail around the Cape, adding 10 to 14 days to voyages. Patel praised the plan, adding 40 people had been hired.', 'en', [person('Patel'), place('Gujarat')])).toEqual([
      'indirect | Patel |  | 40 people had been hired',
    ]);
  });

  it('(da) "Det forlyder, at ...": what is rumoured is reported, by no one named', () => {
    expect(said('Dom.\n\nAlcoa forhandler med Naalakkersuisut. Det forlyder, at også en kinesisk investor har vist interesse for projektet.', 'da', [org('Alcoa'), org('Naalakkersuisut')])).toEqual([
      'indirect | - |  | også en kinesisk investor har vist interesse for projektet',
    ]);
  });

  it('(da, nb) "siger Grønlands minister for erhverv og råstoffer, Naja Lyberth": a title\'s two fields joined by "og", then its holder', () => {
    expect(said('Dom.\n\n– Nu mangler vi bare en aftale, siger Grønlands minister for erhverv og råstoffer, Naja Lyberth, til KNR.', 'da', [place('Grønlands'), person('Naja Lyberth'), org('KNR')])).toEqual([
      'direct | Naja Lyberth |  | Nu mangler vi bare en aftale',
    ]);
    expect(said('Dom.\n\n– Nå mangler vi bare en avtale, sier Norges minister for fiskeri og havbruk, Marianne Sivertsen Næss, til NRK.', 'nb', [place('Norges'), person('Marianne Sivertsen Næss'), org('NRK')])).toEqual([
      'direct | Marianne Sivertsen Næss |  | Nå mangler vi bare en avtale',
    ]);
  });

  it('(en) "..., raising fears that", "amid fears that": the noun after a participle or "amid" reports nothing', () => {
    expect(said('Dom.\n\nRain kept falling, raising fears that the harvest will fail. Troops moved in amid fears that the volcano could collapse. Kamau fears that prices will rise.', 'en', [person('Kamau')])).toEqual([
      'indirect | Kamau |  | prices will rise',
    ]);
  });

  it('(en) "..., the Cabinet Secretary for Tourism, Esther Kamau, announced on Friday, easing ...": a title\'s field, its holder in apposition, and a participle\'s clause after the attribution', () => {
    expect(said('Dom.\n\nThe Open will receive Sh300 million next year, the Cabinet Secretary for Tourism, Esther Kamau, announced on Friday, easing pressure on the organisers.', 'en', [person('Esther Kamau')])).toEqual([
      'indirect | Esther Kamau |  | The Open will receive Sh300 million next year',
    ]);
  });

  it('(en) "MND officials have warned that", "Treasury officials said": unnamed members of the body named before them speak as it', () => {
    expect(said('Dom.\n\nThe Ministry of National Defense (MND) set the budget. According to the Taipei Times, MND officials have privately warned that the freeze could delay orders. Treasury officials said the cost would rise.', 'en', [org('Ministry of National Defense', 'Ministry of National Defense', 'MND'), org('Taipei Times'), org('HM Treasury', 'Treasury')])).toEqual([
      'indirect | Ministry of National Defense | Taipei Times | the freeze could delay orders',
      'indirect | HM Treasury |  | the cost would rise',
    ]);
  });

  it('(en, nb) "known as the "drone national team"", "kjent som «...»": a term named, not words said', () => {
    expect(said('Dom.\n\nLawmakers froze the budget after a group known as the "drone national team" delivered half the aircraft promised. Chen said the group was "a serious failure".', 'en', [person('Chen')])).toEqual([
      'direct | Chen |  | a serious failure',
    ]);
    expect(said('Dom.\n\nStortinget frøs budsjettet etter at gruppen kjent som «det nasjonale laget» leverte færre fly enn lovet i fjor. Det er «en alvorlig svikt», sier Hansen.', 'nb', [person('Hansen')])).toEqual([
      'direct | Hansen |  | en alvorlig svikt',
    ]);
  });

  it('(nb) "..., skriver Dagens Næringsliv. Ifølge avisen har Tullverket uttalt at": a word for a medium is the medium that passed a statement on, past a body named since', () => {
    expect(said('Dom.\n\nTullverket opplyser at det har satt inn ekstra mannskap, skriver Dagens Næringsliv. Ifølge avisen har Tullverket uttalt at samarbeidet er godt.', 'nb', [org('Tullverket'), org('Dagens Næringsliv')])).toEqual([
      'indirect | Tullverket | Dagens Næringsliv | det har satt inn ekstra mannskap',
      'indirect | Tullverket | Dagens Næringsliv | samarbeidet er godt',
    ]);
  });

  it('(en) "Gov. Katie Hobbs ... the governor said": a title abbreviated before the name is the title the role names', () => {
    expect(said('Dom.\n\nA Commerce spokesperson, Daniel Ortiz, would not discuss the talks.\n\nGov. Katie Hobbs urged both sides to settle. In a statement, the governor said Arizona had "bet its economic future on semiconductors".', 'en', [person('Daniel Ortiz'), person('Katie Hobbs'), place('Arizona')])).toEqual([
      'direct | Katie Hobbs |  | bet its economic future on semiconductors',
    ]);
  });

  it('(en) "she told the BBC. The company said": the medium spoken to is not the body a noun points back to', () => {
    expect(said('Dom.\n\nCo-op Funeralcare, the largest funeral provider, announced last year that it hoped to offer water cremation. Its managing director, Gill Stevens, welcomed the report. The law has not changed since 1902. Ministers have promised a bill.\n\n"Our research shows that a third of people would consider it," she told the BBC. "Families are asking for it."\n\nThe company said it had identified sites in the north of England.', 'en', [org('Co-op Funeralcare'), person('Gill Stevens'), org('BBC'), place('England')])).toEqual([
      'indirect | Co-op Funeralcare |  | it hoped to offer water cremation',
      'direct | Gill Stevens |  | Our research shows that a third of people would consider it',
      'direct | Gill Stevens |  | Families are asking for it',
      'indirect | Co-op Funeralcare |  | it had identified sites in the north of England',
    ]);
  });

  it('(en) "..., according to X, chief economist at Y.", "..., a group based in Portland, Maine, that ...": a title, a region or a prepositional phrase after a closing source describes it', () => {
    expect(said('Dom.\n\nThe hike will add 1.3 trillion yen a year to interest payments, according to Naoko Fujimoto, chief economist at Mizuho Research.', 'en', [person('Naoko Fujimoto'), org('Mizuho Research')])).toEqual([
      'indirect | Naoko Fujimoto |  | The hike will add 1.3 trillion yen a year to interest payments',
    ]);
    expect(said('Dom.\n\nMaryland and Oregon have created similar boards, according to the National Academy for State Health Policy, a group based in Portland, Maine, that tracks drug pricing laws.', 'en', [place('Maryland'), place('Oregon'), org('National Academy for State Health Policy'), place('Portland'), place('Maine')])).toEqual([
      'indirect | National Academy for State Health Policy |  | Maryland and Oregon have created similar boards',
    ]);
    expect(said('Dom.\n\nAcciona is seeking 3.9 billion reais from the state, according to documents seen by Reuters, in a dispute that threatens to delay the opening.', 'en', [org('Acciona'), org('Reuters')])).toEqual([
      'indirect | - | Reuters | Acciona is seeking 3.9 billion reais from the state',
    ]);
  });

  it('(en) "growers around Mossman say ...": a place after "around", "along" or "within" is no subject', () => {
    expect(said('Dom.\n\nCocoa growers around Mossman say the record price has turned a niche crop into a business.', 'en', [place('Mossman')])).toEqual([
      'indirect | - |  | the record price has turned a niche crop into a business',
    ]);
    expect(said('Dom.\n\nFarmers along the Murray say the river has never been so low.', 'en', [place('Murray')])).toEqual(['indirect | - |  | the river has never been so low']);
  });

  it('(en) "said that Ghana\'s Cocobod had reported that ...": a nested report whose subject has a genitive before it', () => {
    expect(said('Dom.\n\nAntoine Kouadio said that Ghana\'s Cocobod had reported that arrivals at the ports had been stronger since February.', 'en', [person('Antoine Kouadio'), place('Ghana', "Ghana's"), org('Cocobod')])).toEqual([
      'indirect | Cocobod | Antoine Kouadio | arrivals at the ports had been stronger since February',
    ]);
  });

  it('(en) "said Laura Benton, a spokeswoman for Cal-Maine Foods. ... The company reported": the body its spokesperson spoke for, not a company that spoke before', () => {
    const text = 'Dom.\n\nWholesale prices have eased, according to Reuters, citing the price-reporting firm Expana.\n\n"Another farm gets hit," said Laura Benton, a spokeswoman for Cal-Maine Foods. "We are rebuilding flocks."\n\nThe Mississippi-based company reported last week that its quarterly profit had tripled.';
    expect(said(text, 'en', [org('Reuters'), org('Expana'), person('Laura Benton'), org('Cal-Maine Foods')])).toEqual([
      'indirect | Expana | Reuters | Wholesale prices have eased',
      'direct | Laura Benton |  | Another farm gets hit',
      'direct | Laura Benton |  | We are rebuilding flocks',
      'indirect | Cal-Maine Foods |  | its quarterly profit had tripled',
    ]);
  });

  it('(en) "According to the BBC, officials at Transport Scotland have warned that": the body speaks through its unnamed officials', () => {
    expect(said('Dom.\n\nAccording to the BBC, officials at Transport Scotland have privately warned that the cost estimate could rise.', 'en', [org('BBC'), org('Transport Scotland')])).toEqual([
      'indirect | Transport Scotland | BBC | the cost estimate could rise',
    ]);
  });

  it('(da) "siger rådmand for Teknik og Miljø Lise Kjærgaard (S)": a capitalised field joined by "og" before the holder', () => {
    expect(said('Byrådet har vedtaget planen.\n\n- Det er en historisk dag for Aarhus, siger rådmand for Teknik og Miljø Lise Kjærgaard (S).', 'da', [place('Aarhus'), person('Lise Kjærgaard'), org('Socialdemokratiet', 'S')])).toEqual([
      'direct | Lise Kjærgaard |  | Det er en historisk dag for Aarhus',
    ]);
  });

  it('(en) "Organisers in Sydney, Brisbane and Perth said": an unnamed group whose noun opens the sentence, none of its places', () => {
    expect(said('Dom.\n\nOrganisers in Sydney, Brisbane and Perth said privately that the cost of security could force some events off the calendar.', 'en', [place('Sydney'), place('Brisbane'), place('Perth')])).toEqual([
      'indirect | - |  | the cost of security could force some events off the calendar',
    ]);
  });

  it('(en) "Council officials said", "council officials said": the members of the body the noun points back to', () => {
    const text = (subject: string): string => `Dom.\n\nThe plan was unveiled by the City of Edinburgh Council on Tuesday. The line would be the biggest expansion. ${subject} said the route could carry 15 million passengers a year.`;
    expect(said(text('Council officials'), 'en', [org('City of Edinburgh Council')])).toEqual(['indirect | City of Edinburgh Council |  | the route could carry 15 million passengers a year']);
    expect(said(text('But council officials'), 'en', [org('City of Edinburgh Council')])).toEqual(['indirect | City of Edinburgh Council |  | the route could carry 15 million passengers a year']);
  });

  it('(en) "Experts warn the true number ... is": a plural subject\'s present tense takes a clause without "that" when it has an auxiliary', () => {
    expect(said('Dom.\n\nExperts warn the true number of infections is likely much higher. Critics argue the plan will fail.', 'en', [])).toEqual([
      'indirect | - |  | the true number of infections is likely much higher',
      'indirect | - |  | the plan will fail',
    ]);
    expect(said('Dom.\n\nParents can claim the allowance is paid too late.', 'en', [])).toEqual([]);
  });

  it('(en) "The watchdog recommended that ...": a recommendation is reported; "the benchmark recommended by Unesco" is a noun\'s participle', () => {
    expect(said('Dom.\n\nThe watchdog recommended that retailers be allowed to accept vouchers.', 'en', [])).toEqual([
      'indirect | - |  | retailers be allowed to accept vouchers',
    ]);
    expect(said('Dom.\n\nEducation received 7% of the budget, according to the Budget Office of the Federation, below the benchmark recommended by Unesco.', 'en', [org('Budget Office of the Federation'), org('UNESCO', 'Unesco')])).toEqual([
      'indirect | Budget Office of the Federation |  | Education received 7% of the budget',
    ]);
  });

  it('(en) "The agency", "the watchdog": a public body whose English name has such a head (Office, Authority), not a company named since', () => {
    const text = (noun: string): string => `Dom.\n\nThe Serious Fraud Office has opened an investigation into bribery at Norland Pumps Engineering, a supplier of water plants.\n\nThe ${noun} confirmed on Tuesday that officers had searched the company's offices.`;
    const names = [org('Serious Fraud Office'), org('Norland Pumps Engineering')];
    expect(said(text('agency'), 'en', names)).toEqual(['indirect | Serious Fraud Office |  | officers had searched the company\'s offices']);
    expect(said(text('watchdog'), 'en', names)).toEqual(['indirect | Serious Fraud Office |  | officers had searched the company\'s offices']);
  });

  it('(nb) "sier Frøya-fiskeren": a noun for a person that a place heads is the person just spoken of, not the place', () => {
    expect(said('Dom.\n\nStormen rammet Frøya hardt. Olsen sier at han ikke har fått svar.\n\n– Jeg håper de er rause, sier Frøya-fiskeren.', 'nb', [place('Frøya'), person('Olsen')])).toEqual([
      'indirect | Olsen |  | han ikke har fått svar',
      'direct | Olsen |  | Jeg håper de er rause',
    ]);
  });

  it('(da) "siger biavler og næstformand i Danmarks Biavlerforening Jens Holm": an unknown word for an occupation, "og" and a title', () => {
    expect(said('Dom.\n\n»Det er ikke nok at vente«, siger biavler og næstformand i Danmarks Biavlerforening Jens Holm.', 'da', [org('Danmarks Biavlerforening'), person('Jens Holm')])).toEqual([
      'direct | Jens Holm |  | Det er ikke nok at vente',
    ]);
  });

  it('(en) "The administrator added that": the holder of the title named before ("NASA Administrator Jane Cole")', () => {
    expect(said('Dom.\n\nNASA Administrator Jane Cole told reporters in Houston that the launch had been delayed.\n\nThe administrator added that the crew was safe.', 'en', [org('NASA'), person('Jane Cole'), place('Houston')])).toEqual([
      'indirect | Jane Cole |  | the launch had been delayed',
      'indirect | Jane Cole |  | the crew was safe',
    ]);
  });

  it('(en) "According to Antara, the state news agency, ...": the source\'s apposition belongs to the source phrase', () => {
    expect(said('Dom.\n\nAccording to Antara, the state news agency, two of the suspects are company directors.', 'en', [org('Antara')])).toEqual([
      'indirect | Antara |  | two of the suspects are company directors',
    ]);
    expect(said('Dom.\n\nAccording to Antara, the state news agency, which cited police officers, two of the suspects are company directors.', 'en', [org('Antara')])).toEqual([
      'indirect | - | Antara | two of the suspects are company directors',
    ]);
  });

  it('(en) "X, the state news agency, ... the agency reported": the body the last apposition describes with the noun', () => {
    const text = 'Dom.\n\nThe National Disaster Agency said it had sent six helicopters to the province.\n\nAccording to Kantor, the state news agency, the provincial government has declared an emergency. Schools moved lessons online on Monday, the agency reported.';
    expect(said(text, 'en', [org('National Disaster Agency'), org('Kantor')])).toEqual([
      'indirect | National Disaster Agency |  | it had sent six helicopters to the province',
      'indirect | Kantor |  | the provincial government has declared an emergency',
      'indirect | Kantor |  | Schools moved lessons online on Monday',
    ]);
  });

  it('(nb) "Ifølge Miljødirektoratet gjelder vedtaket ..., i Elverum og Åmot": a verb after the source opens the clause; its comma is its own', () => {
    expect(said('Dom.\n\nIfølge Miljødirektoratet gjelder vedtaket to områder øst for elva, i Elverum og Åmot.', 'nb', [org('Miljødirektoratet'), place('Elverum'), place('Åmot')])).toEqual([
      'indirect | Miljødirektoratet |  | gjelder vedtaket to områder øst for elva, i Elverum og Åmot',
    ]);
  });

  it('(en) "X said the government had promised ... that": a government named by its noun inside a person\'s report is part of it', () => {
    expect(said('Dom.\n\nThe Ministry of Forestry rejected the criticism. Maria Lopez, a campaigner with Forest Watch, said the government had promised in 2015 that the fires would not return.', 'en', [org('Ministry of Forestry'), person('Maria Lopez'), org('Forest Watch')])).toEqual([
      'indirect | Maria Lopez |  | the government had promised in 2015 that the fires would not return',
    ]);
  });

  it('(en) "It is understood that", "It is believed that": an impersonal passive reports what no one named says', () => {
    expect(said('Dom.\n\nThe talks stalled on Monday. It is understood that two banks want stronger guarantees. It was believed that the fire started in the kitchen. She understood that the plan would fail.', 'en', [])).toEqual([
      'indirect | - |  | two banks want stronger guarantees',
      'indirect | - |  | the fire started in the kitchen',
    ]);
  });

  it('(en) "AHDB analysts said", "CAF inspectors found": a body\'s staff after its bare name speaks as the body', () => {
    expect(said('Dom.\n\nThe Agriculture and Horticulture Development Board (AHDB) published figures. AHDB analysts said prices would fall. CAF inspectors found that the pitch was unsafe. Industry analysts said demand was weak.', 'en', [org('Agriculture and Horticulture Development Board', 'AHDB'), org('CAF')])).toEqual([
      'indirect | Agriculture and Horticulture Development Board |  | prices would fall',
      'indirect | CAF |  | the pitch was unsafe',
      'indirect | - |  | demand was weak',
    ]);
  });

  it('(en) "X, another national charity, said": an apposition opened by "another" describes the subject, not the speaker after the verb', () => {
    expect(said("Dom.\n\nOxfam, another national charity, said Britain's shortage of social housing lay at the heart of the problem. The official Jane Doe said the budget was tight. Another official said the plan was late.", 'en', [org('Oxfam'), place('United Kingdom', "Britain's"), person('Jane Doe')])).toEqual([
      "indirect | Oxfam |  | Britain's shortage of social housing lay at the heart of the problem",
      'indirect | Jane Doe |  | the budget was tight',
      'indirect | - |  | the plan was late',
    ]);
  });

  it('(en) "A spokesperson for the department said ... the spokesperson added": the body the department\'s noun pointed to', () => {
    expect(said('Dom.\n\nLondon Mayor Sadiq Khan said the figures were shameful. The Ministry of Housing said it was providing councils with £1bn. A spokesperson for the department said ministers would publish a new strategy. "We are determined to end rough sleeping for good," the spokesperson added.', 'en', [person('Sadiq Khan'), place('London'), org('Ministry of Housing')])).toEqual([
      'indirect | Sadiq Khan |  | the figures were shameful',
      'indirect | Ministry of Housing |  | it was providing councils with £1bn',
      'indirect | Ministry of Housing |  | ministers would publish a new strategy',
      'direct | Ministry of Housing |  | We are determined to end rough sleeping for good',
    ]);
  });

  it('(en) "X, a researcher at the University of California, Los Angeles (UCLA) who studies ..., said": a comma inside a name opens no clause', () => {
    expect(said('Dom.\n\nLena Whitfield, a researcher at the University of California, Los Angeles (UCLA) who studies housing instability, said the count relied heavily on volunteers.', 'en', [person('Lena Whitfield'), org('University of California, Los Angeles', 'UCLA')])).toEqual([
      'indirect | Lena Whitfield |  | the count relied heavily on volunteers',
    ]);
  });

  it('(en) "according to the annual count released by X": a count, a census or a tally is a body\'s document', () => {
    expect(said('Dom.\n\nHomelessness fell by 4%, according to the annual count released Monday by the Homeless Services Authority. Turnout rose, according to a tally by the Election Commission.', 'en', [org('Homeless Services Authority'), org('Election Commission')])).toEqual([
      'indirect | Homeless Services Authority |  | Homelessness fell by 4%',
      'indirect | Election Commission |  | Turnout rose',
    ]);
  });

  it('(en) "according to a report by X (CHP) and Y": two bodies joined by "and" that end the source say it together', () => {
    expect(said('Dom.\n\nOlder women are the fastest-growing group, according to a new report by the Council to Homeless Persons (CHP) and Launch Housing. Rents rose, according to Oxfam and the Red Cross.', 'en', [org('Council to Homeless Persons', 'CHP'), org('Launch Housing'), org('Oxfam'), org('Red Cross')])).toEqual([
      'indirect | Council to Homeless Persons + Launch Housing |  | Older women are the fastest-growing group',
      'indirect | Oxfam + Red Cross |  | Rents rose',
    ]);
  });

  it('(da, nb) "Ifølge X har Y internt vurderet, at": an adverb of manner between the inverted subject and the verb', () => {
    expect(said('Dom.\n\nIfølge Jyllands-Posten har Energinet internt vurderet, at det vil koste omkring 100 milliarder kroner at udbygge nettet.', 'da', [org('Jyllands-Posten'), org('Energinet')])).toEqual([
      'indirect | Energinet | Jyllands-Posten | det vil koste omkring 100 milliarder kroner at udbygge nettet',
    ]);
    expect(said('Dom.\n\nIfølge Dagens Næringsliv har Statnett offisielt bekreftet at prosjektet blir forsinket.', 'nb', [org('Dagens Næringsliv'), org('Statnett')])).toEqual([
      'indirect | Statnett | Dagens Næringsliv | prosjektet blir forsinket',
    ]);
  });

  it('(en) "Thrissur District Collector Meera Nair said": a district collector is a title before its holder\'s name', () => {
    expect(said('Dom.\n\nThrissur District Collector Meera Nair said the district administration would cover treatment costs. The collector added that schools would stay closed.', 'en', [place('Thrissur'), person('Meera Nair')])).toEqual([
      'indirect | Meera Nair |  | the district administration would cover treatment costs',
      'indirect | Meera Nair |  | schools would stay closed',
    ]);
  });

  it('(en) "according to Reuters, citing a notice posted on the ministry\'s website": a document\'s participle does not end the relay', () => {
    expect(said("Dom.\n\nThe ministry has ordered retailers to clear the affected products from their shelves, according to Reuters, citing a notice posted on the ministry's website.", 'en', [org('Reuters')])).toEqual([
      'indirect | - | Reuters | The ministry has ordered retailers to clear the affected products from their shelves',
    ]);
  });

  it('(en) "X, the Houthis\' chief negotiator, was quoted by Y as saying": the passive\'s subject before a long apposition', () => {
    expect(said("Dom.\n\nMehmet Ozturk, general manager of the Yalova-based yard, was quoted by the state news agency Anadolu as saying the first of the ships would be delivered before the end of the year.", 'en', [person('Mehmet Ozturk'), place('Yalova'), org('Anadolu Agency', 'Anadolu')])).toEqual([
      'indirect | Mehmet Ozturk | Anadolu Agency | the first of the ships would be delivered before the end of the year',
    ]);
  });

  it('(en) "the Norwegian company said": a demonym before a company\'s noun points back to the company last named', () => {
    expect(said('Dom.\n\nEquinor said it respected the decision. In a statement, the Norwegian company said that development work at the field would continue.', 'en', [org('Equinor')])).toEqual([
      'indirect | Equinor |  | it respected the decision',
      'indirect | Equinor |  | development work at the field would continue',
    ]);
  });

  it('(en) "according to the Interfax news agency", "the Nikkei business daily": a medium\'s name before a noun for a medium is the source', () => {
    expect(said('Dom.\n\nReuters reported the talks on Thursday. Prices rose by a tenth, according to the Interfax news agency. Shares in Tokyo fell slightly, according to the Nikkei business daily.', 'en', [org('Reuters'), org('Interfax'), org('Nikkei'), place('Tokyo')])).toEqual([
      'indirect | Interfax |  | Prices rose by a tenth',
      'indirect | Nikkei |  | Shares in Tokyo fell slightly',
    ]);
  });

  it('(da, nb) "Ifølge X har Y over for Z sagt, at": the one spoken to between the inverted subject and its participle', () => {
    expect(said("Dom.\n\nIfølge Der Nordschleswiger har Jürgensen over for BDN's hovedbestyrelse sagt, at organisationen vil klage til Europarådet.", 'da', [org('Der Nordschleswiger'), person('Jürgensen'), org('Bund Deutscher Nordschleswiger', 'BDN'), org('Council of Europe', 'Europarådet')])).toEqual([
      'indirect | Jürgensen | Der Nordschleswiger | organisationen vil klage til Europarådet',
    ]);
    expect(said('Dom.\n\nIfølge NRK har Hansen til kanalen sagt at kommunen vil klage.', 'nb', [org('NRK'), person('Hansen')])).toEqual([
      'indirect | Hansen | NRK | kommunen vil klage',
    ]);
  });

  it('(en) "ComEd, the utility that serves northern Illinois, which has told": "which" after an apposition that ends in a place is the body it describes', () => {
    expect(said('Dom.\n\nPart of the cost increase comes from ComEd, the utility that serves northern Illinois, which has told the CTA that one of the garages will need a new feeder line.', 'en', [org('ComEd'), place('Illinois'), org('CTA')])).toEqual([
      'indirect | ComEd |  | one of the garages will need a new feeder line',
    ]);
  });

  it('(en) "Amnesty International condemned what it called "..."": "it" after "what" is the subject of the verb before', () => {
    expect(said('Dom.\n\nJapan has long relied on large homes. Human Rights Watch has criticized what it called "a system built around buildings rather than children."', 'en', [place('Japan'), org('Human Rights Watch')])).toEqual([
      'direct | Human Rights Watch |  | a system built around buildings rather than children',
    ]);
  });

  it('(nb, en) "Professor X ... Forskeren mener at": a title no one holds names the one person the sentence before in its paragraph named', () => {
    expect(said('Dom.\n\nProfessor Hallvard Nesje ved NTNU har i mange år studert store prosjekter. NTNU-forskeren mener at kostnadene systematisk blir undervurdert.', 'nb', [person('Hallvard Nesje'), org('Norwegian University of Science and Technology', 'NTNU')])).toEqual([
      'indirect | Hallvard Nesje |  | kostnadene systematisk blir undervurdert',
    ]);
    expect(said('Dom.\n\nProfessor Hallvard Nesje of NTNU has studied big projects for years. The researcher said costs were underestimated.', 'en', [person('Hallvard Nesje'), org('NTNU')])).toEqual([
      'indirect | Hallvard Nesje |  | costs were underestimated',
    ]);
    // Not the one whose title it is, nor one named in the paragraph before.
    expect(said('Dom.\n\nBlant dem som ble tatt med av politiet, er Giorgi Lomtadze, en av lederne i alliansen Koalisjonen for endring. Lomtadzes advokat opplyser til NTB at klienten hans ble slått.', 'nb', [person('Giorgi Lomtadze', 'Lomtadzes'), org('Koalisjonen for endring'), org('NTB')])).toEqual([
      'indirect | - |  | klienten hans ble slått',
    ]);
    expect(said('Dom.\n\nProfessor Hallvard Nesje of NTNU has studied big projects for years.\n\nThe researcher said costs were underestimated.', 'en', [person('Hallvard Nesje'), org('NTNU')])).toEqual([
      'indirect | - |  | costs were underestimated',
    ]);
  });

  it('(nb) "Ifølge OA mener også ordføreren i Gjøvik, X (H), at": adverbs before an inverted subject named or titled', () => {
    expect(said('Dom.\n\nBrua er forsinket. Ifølge OA mener også ordføreren i Gjøvik, Per Arne Tveit (H), at staten må ta en større del av regningen.', 'nb', [org('OA'), place('Gjøvik'), person('Per Arne Tveit'), org('Høyre', 'H')])).toEqual([
      'indirect | Per Arne Tveit | OA | staten må ta en større del av regningen',
    ]);
    expect(said('Dom.\n\nBrua er forsinket. Derfor mener også Per Arne Tveit at staten må betale.', 'nb', [person('Per Arne Tveit')])).toEqual([
      'indirect | Per Arne Tveit |  | staten må betale',
    ]);
  });

  it('(en) "Menon was blunt. "No. The decision is final," the official said.": the sentence before a quotation of several sentences names the title\'s holder', () => {
    expect(said('Dom.\n\nAsked whether the AIFF would reconsider, Menon was blunt. "No. The decision is final," the official said.', 'en', [org('AIFF'), person('Rohit Menon', 'Menon')])).toEqual([
      'direct | Rohit Menon |  | No. The decision is final',
    ]);
  });

  it('(en) "Whitfield dismissed the concerns. "...," the executive said.": executive and academic are roles', () => {
    expect(said('Dom.\n\nWhitfield, for her part, dismissed the concerns about wages. "Clubs have known this was coming for two years," the executive said.', 'en', [person('Dana Whitfield', 'Whitfield')])).toEqual([
      'direct | Dana Whitfield |  | Clubs have known this was coming for two years',
    ]);
    expect(said('Dom.\n\nMaddox added that agents were already advising players. The academic said the window could see "a rush of deals".', 'en', [person('Kieran Maddox', 'Maddox')])).toEqual([
      'indirect | Kieran Maddox |  | agents were already advising players',
      'direct | Kieran Maddox |  | a rush of deals',
    ]);
  });

  it('(da, en) "Copenhagen Business School (CBS) i København oplyser": where a named body sits stands between it and its verb', () => {
    expect(said('Dom.\n\nCopenhagen Business School (CBS) i København oplyser ifølge Børsen, at skolen kan åbne to nye linjer.', 'da', [org('Copenhagen Business School', 'CBS'), place('København'), org('Børsen')])).toEqual([
      'indirect | Copenhagen Business School | Børsen | skolen kan åbne to nye linjer',
    ]);
    expect(said('Dom.\n\nResearchers at the University of the Highlands and Islands in Inverness found that users enjoyed faster speeds.', 'en', [org('University of the Highlands and Islands'), place('Inverness')])).toEqual([
      'indirect | University of the Highlands and Islands |  | users enjoyed faster speeds',
    ]);
  });

  it('(en) "The NIA, in an affidavit filed earlier this year, told the court that": a phrase set off by commas after the name that opens the clause', () => {
    expect(said('Dom.\n\nThe NIA, in an affidavit filed earlier this year, told the court that the jail hospital was equipped to treat him.', 'en', [org('National Investigation Agency', 'NIA')])).toEqual([
      'indirect | National Investigation Agency |  | the jail hospital was equipped to treat him',
    ]);
    expect(said('Dom.\n\nJuan Pablo Restrepo, who flew in from Medellín, Colombia, with four friends, said the trip had cost him a month\'s salary.', 'en', [person('Juan Pablo Restrepo'), place('Medellín'), place('Colombia')])).toEqual([
      "indirect | Juan Pablo Restrepo |  | the trip had cost him a month's salary",
    ]);
  });

  it('(nb) "fra selskapet": a company\'s noun passes over a person\'s party in parentheses ("Cecilie Myrseth (Ap)")', () => {
    const text =
      'Isar Aerospace avbrøt oppskytingen på Andøya. Næringsminister Cecilie Myrseth (Ap) var på plass.\n\nIfølge Reuters, som viser til en uttalelse fra selskapet, har kundene allerede betalt for fire nye raketter.';
    expect(said(text, 'nb', [org('Isar Aerospace'), person('Cecilie Myrseth'), org('Arbeiderpartiet', 'Ap'), org('Reuters')])).toEqual([
      'indirect | Isar Aerospace | Reuters | har kundene allerede betalt for fire nye raketter',
    ]);
  });

  it('(nb) "fra selskapet": a company\'s own short name after a person is no party ("Kari Holm (Søral)")', () => {
    const text = 'Konsernsjef Kari Holm (Søral) stanser en produksjonslinje.\n\nIfølge NRK, som viser til en uttalelse fra selskapet, blir 120 ansatte permittert fra neste måned.';
    expect(said(text, 'nb', [person('Kari Holm'), org('Søral'), org('NRK')])).toEqual(['indirect | Søral | NRK | blir 120 ansatte permittert fra neste måned']);
  });

  it('(nb) "som siterer et brev fra selskapet til kommunen": the body a document is from, before whom it went to', () => {
    const text =
      'Sydvaranger Gruve AS vil åpne gruven i Kirkenes igjen.\n\nIfølge lokalavisen Finnmarken, som siterer et brev fra selskapet til kommunen, vil selskapet også be om en ny regulering.';
    expect(said(text, 'nb', [org('Sydvaranger Gruve AS'), place('Kirkenes'), org('Finnmarken')])).toEqual([
      'indirect | Sydvaranger Gruve AS | Finnmarken | vil selskapet også be om en ny regulering',
    ]);
  });

  it('(nb) "Ifølge Dagens Næringsliv (DN), som siterer en intern rapport fra selskapet": the source\'s short name is not the company', () => {
    const text =
      'OBOS har stanset fem prosjekter i Oslo.\n\nIfølge Dagens Næringsliv (DN), som siterer en intern rapport fra selskapet, kan ytterligere tre prosjekter bli skrinlagt.';
    expect(said(text, 'nb', [org('OBOS'), place('Oslo'), org('Dagens Næringsliv', 'DN')])).toEqual([
      'indirect | OBOS | Dagens Næringsliv | kan ytterligere tre prosjekter bli skrinlagt',
    ]);
  });

  it('(nb, da) documents cited from a body by its noun: "dokumenter fra tilsynet", "en afgørelse fra tilsynet"', () => {
    const nb = 'Mattilsynet må godkjenne importen.\n\nIfølge Fædrelandsvennen, som viser til dokumenter fra tilsynet, er søknaden allerede behandlet.';
    expect(said(nb, 'nb', [org('Mattilsynet'), org('Fædrelandsvennen')])).toEqual(['indirect | Mattilsynet | Fædrelandsvennen | er søknaden allerede behandlet']);
    const da =
      'Arbejdstilsynet har været på besøg hos firmaet.\n\nIfølge JydskeVestkysten, der citerer en afgørelse fra tilsynet, fik vognmanden dengang et påbud om at forbedre forholdene.';
    expect(said(da, 'da', [org('Arbejdstilsynet'), org('JydskeVestkysten')])).toEqual([
      'indirect | Arbejdstilsynet | JydskeVestkysten | fik vognmanden dengang et påbud om at forbedre forholdene',
    ]);
  });

  it('(en) "TotalEnergies said it expected that decision": "it" is the organization that opens its own sentence', () => {
    const text = 'Oil prices rose.\n\nTotalEnergies said in an emailed statement that it expected to take that decision "in due course".';
    expect(said(text, 'en', [org('TotalEnergies')])).toEqual(['direct | TotalEnergies |  | in due course']);
    const trailing = 'The Food Standards Agency said the products should not be eaten. Tesco, Asda and Aldi were among the retailers affected, it said.';
    expect(said(trailing, 'en', [org('Food Standards Agency'), org('Tesco'), org('Asda'), org('Aldi')])).toEqual([
      'indirect | Food Standards Agency |  | the products should not be eaten',
      'indirect | Food Standards Agency |  | Tesco, Asda and Aldi were among the retailers affected',
    ]);
  });

  it('(en) "the company said" after "..., the Australian Financial Review reported": the reporting medium is no company', () => {
    const text = 'Bakers Delight will raise prices, the Australian Financial Review reported.\n\nThe company said franchisees would be free to run promotions.';
    expect(said(text, 'en', [org('Bakers Delight'), org('Australian Financial Review')])).toEqual([
      'indirect | Australian Financial Review |  | Bakers Delight will raise prices',
      'indirect | Bakers Delight |  | franchisees would be free to run promotions',
    ]);
  });

  it('(en) "The Newcastle-based chain, which has 2,500 shops, said": a company\'s noun after an adjective of place', () => {
    const text = 'Greggs will raise prices.\n\nThe Newcastle-based chain, which has more than 2,500 shops, said sales had risen 5.5 per cent.';
    expect(said(text, 'en', [org('Greggs'), place('Newcastle')])).toEqual(['indirect | Greggs |  | sales had risen 5.5 per cent']);
    const person = 'Greggs will raise prices.\n\nA Newcastle-based producer, who asked not to be named, said sales had fallen.';
    expect(said(person, 'en', [org('Greggs'), place('Newcastle')])).toEqual(['indirect | - |  | sales had fallen']);
  });

  it('(en) "A teacher at a school in Parramatta said": a body no name tells is no body named before', () => {
    const text = 'Schools will ban phones, the Sydney Morning Herald reported.\n\nA teacher at a school in Parramatta said she had been sceptical.';
    expect(said(text, 'en', [org('Sydney Morning Herald'), place('Parramatta')])).toEqual([
      'indirect | Sydney Morning Herald |  | Schools will ban phones',
      'indirect | - |  | she had been sceptical',
    ]);
    const bare = 'Schools will ban phones, the Sydney Morning Herald reported.\n\nA nurse at a hospital said she had been sceptical.';
    expect(said(bare, 'en', [org('Sydney Morning Herald')])[1]).toBe('indirect | - |  | she had been sceptical');
  });

  it('(en) "ACCRA - The Ghana Education Service has defended ..., saying": a dateline\'s place is no subject', () => {
    const text = 'Results improve.\n\nACCRA - The Ghana Education Service has defended its ban on phones, saying the policy has improved results.';
    expect(said(text, 'en', [place('ACCRA'), org('Ghana Education Service')])).toEqual(['indirect | Ghana Education Service |  | the policy has improved results']);
  });

  it('(da, nb) "Jyllands-Posten skriver, at en intern vurdering fra Miljøstyrelsen peger på, at": an assessment speaks for its body', () => {
    const text = 'Vragene ligger øst for Bornholm.\n\nJyllands-Posten skriver, at en intern vurdering fra Miljøstyrelsen peger på, at mindst tre af vragene allerede lækker.';
    expect(said(text, 'da', [place('Bornholm'), org('Jyllands-Posten'), org('Miljøstyrelsen')])).toEqual([
      'indirect | Miljøstyrelsen | Jyllands-Posten | mindst tre af vragene allerede lækker',
    ]);
    const nb = 'Miljødirektoratet har undersøkt vrakene.\n\nIfølge VG, som viser til en intern vurdering fra direktoratet, lekker minst tre av vrakene.';
    expect(said(nb, 'nb', [org('Miljødirektoratet'), org('VG')])).toEqual(['indirect | Miljødirektoratet | VG | lekker minst tre av vrakene']);
  });

  it('(nb) "Rapporten, som ble lagt fram mandag, anslår at": a report opening its sentence speaks for its author', () => {
    const text = 'Oppløsningen blir dyrere, ifølge en ny rapport fra Telemarksforsking.\n\nRapporten, som ble lagt fram mandag, anslår at delingen vil koste 300 millioner kroner.';
    expect(said(text, 'nb', [org('Telemarksforsking')])).toEqual([
      'indirect | Telemarksforsking |  | Oppløsningen blir dyrere',
      'indirect | Telemarksforsking |  | delingen vil koste 300 millioner kroner',
    ]);
    const bare = 'Oppløsningen blir dyrere, ifølge en ny rapport fra Telemarksforsking.\n\nRapporten anslår at delingen vil koste 300 millioner kroner.';
    expect(said(bare, 'nb', [org('Telemarksforsking')])[1]).toBe('indirect | Telemarksforsking |  | delingen vil koste 300 millioner kroner');
  });

  it('(en) "warned residents not to touch debris that washes ashore": after the infinitive one is told to act by, "that" opens no report', () => {
    const text = 'A ship sank.\n\nThe Kerala State Disaster Management Authority warned residents not to touch containers or debris that wash ashore.';
    expect(said(text, 'en', [org('Kerala State Disaster Management Authority')])).toEqual([]);
    const urged = 'Permits lapse.\n\nThe union urged the ministry to review every permit that expires this year.';
    expect(said(urged, 'en', [])).toEqual([]);
    const letter = 'Shares fell.\n\nJohn Smith said in a letter to shareholders that the deal was done.';
    expect(said(letter, 'en', [person('John Smith')])).toEqual(['indirect | John Smith |  | the deal was done']);
  });

  it('(en) "A survey of almost 1,000 principals conducted by X found that": a document speaks for its author past what it is of', () => {
    const text = 'Phones were banned.\n\nA survey of almost 1,000 principals conducted by the NSW Department of Education found that 87 per cent saw fewer distractions.';
    expect(said(text, 'en', [org('NSW Department of Education')])).toEqual(['indirect | NSW Department of Education |  | 87 per cent saw fewer distractions']);
    const arrested = 'Police made arrests.\n\nA man arrested by the police said he was innocent.';
    expect(said(arrested, 'en', [])).toEqual(['indirect | - |  | he was innocent']);
  });

  it('(nb, da) "Sentralbanken skrev": the central bank the article names, not the body that spoke last', () => {
    const text = 'Statistisk sentralbyrå opplyste at matvareprisene steg. Henrik Aasland mener at Norges Bank vil være forsiktig.\n\nSentralbanken skrev at prisveksten har vært «mer vedvarende enn ventet».';
    expect(said(text, 'nb', [org('Statistisk sentralbyrå'), person('Henrik Aasland'), org('Norges Bank')])).toEqual([
      'indirect | Statistisk sentralbyrå |  | matvareprisene steg',
      'indirect | Henrik Aasland |  | Norges Bank vil være forsiktig',
      'direct | Norges Bank |  | mer vedvarende enn ventet',
    ]);
    const da = 'Danmarks Statistik oplyste, at priserne steg. Lars Hansen mener, at Danmarks Nationalbank vil være forsigtig.\n\nCentralbanken skrev, at inflationen er »mere vedvarende end ventet«.';
    expect(said(da, 'da', [org('Danmarks Statistik'), person('Lars Hansen'), org('Danmarks Nationalbank')]).at(-1)).toBe('direct | Danmarks Nationalbank |  | mere vedvarende end ventet');
  });

  it('(en, nb) "A local angler was more blunt. "...," he said": one met unnamed in the sentence before speaks, not the last named', () => {
    const angler = 'Trent Mahoney said the water was low.\n\nA local angler fishing off the sandbar was more blunt.\n\n"I will believe it when I pull one out," he said.';
    expect(said(angler, 'en', [person('Trent Mahoney')])).toEqual(['indirect | Trent Mahoney |  | the water was low', 'direct | - |  | I will believe it when I pull one out']);
    const nurse = 'Margaret Oyelaran said it was a lot of money.\n\nIn Glasgow, a 29-year-old nurse who has cancelled two subscriptions put it more bluntly. "Something has to give," she said.';
    expect(said(nurse, 'en', [person('Margaret Oyelaran'), place('Glasgow')]).at(-1)).toBe('direct | - |  | Something has to give');
    const pharmacist = 'Dublin Zoo said both were well. Ivonne Higuero said trade was rising.\n\nA pharmacist in the north inner city, who asked not to be named, said customers asked for the remedies. "I tell them we do not stock it," she said.';
    expect(said(pharmacist, 'en', [org('Dublin Zoo'), person('Ivonne Higuero')]).slice(-2)).toEqual(['indirect | - |  | customers asked for the remedies', 'direct | - |  | I tell them we do not stock it']);
    const student = 'Students sat exams, Jane Ross said.\n\nOne Year 12 student at a school in Parramatta said she had been sceptical at first. "I checked it all the time," she said.';
    expect(said(student, 'en', [person('Jane Ross'), place('Parramatta')]).at(-1)).toBe('direct | - |  | I checked it all the time');
    const officer = 'Alex Padilla said inspectors needed staff.\n\nOne CBP officer who was not authorized to speak was blunt. "Some nights it feels like half the packages move," he said.';
    expect(said(officer, 'en', [person('Alex Padilla'), org('CBP')]).at(-1)).toBe('direct | - |  | Some nights it feels like half the packages move');
    // So is the noun for them, later, as a title ("the officer said").
    const echo = officer.replace('," he said', '," the officer said');
    expect(said(echo, 'en', [person('Alex Padilla'), org('CBP')]).at(-1)).toBe('direct | - |  | Some nights it feels like half the packages move');
    const nb = 'Mikaela Granström sier at kanalen er viktig.\n\nI Åbo møter NRK en pensjonist som hører på radio hver morgen.\n\n– Det er min forbindelse til resten av landet, sier hun.';
    expect(said(nb, 'nb', [person('Mikaela Granström'), place('Åbo'), org('NRK')]).at(-1)).toBe('direct | - |  | Det er min forbindelse til resten av landet');
    // One named who spoke after that sentence goes on speaking.
    const named = 'The injured climber, a 29-year-old woman, was flown to hospital.\n\n"This was a difficult recovery," said Iain MacRae, the team\'s leader.\n\n"Our thoughts are with the families," he added.';
    expect(said(named, 'en', [person('Iain MacRae')]).at(-1)).toBe('direct | Iain MacRae |  | Our thoughts are with the families');
  });

  it('(nb, da) "Bonden, som ikke ønsker å stå fram med navn, sier ... – ..., sier han": one who stays unnamed goes on speaking unnamed', () => {
    const nb = 'Veterinær Per Lund sier at smitten er under kontroll.\n\nBonden, som ikke ønsker å stå fram med navn, sier til avisen at han er fortvilet.\n\n– Vi har gjort alt etter boka, sier han.';
    expect(said(nb, 'nb', [person('Per Lund')])).toEqual([
      'indirect | Per Lund |  | smitten er under kontroll',
      'indirect | - |  | han er fortvilet',
      'direct | - |  | Vi har gjort alt etter boka',
    ]);
    const da = 'Anklageren Marie Holm krævede fængsel.\n\nDen 67-årige kvinde, der ikke ønsker sit navn frem, fortalte i retten, at hun stadig skammer sig.\n\n»Jeg troede, at han elskede mig,« sagde hun.';
    expect(said(da, 'da', [person('Marie Holm')]).at(-1)).toBe('direct | - |  | Jeg troede, at han elskede mig');
  });

  it('(en) "The tribe said", "the BVA\'s spokesperson said", "the ANC caucus said", "researchers at X warned": the body named', () => {
    const tribe = 'The Yurok Tribe has applied for money.\n\nThe tribe said in a statement that the work was "about making sure the fish survive".';
    expect(said(tribe, 'en', [org('Yurok Tribe')])).toEqual(['direct | Yurok Tribe |  | about making sure the fish survive']);
    const bva = 'The British Veterinary Association (BVA) said the rules were no longer adequate.\n\n"Most rescue dogs arrive healthy," the BVA\'s spokesperson said.';
    expect(said(bva, 'en', [org('British Veterinary Association', 'BVA')]).at(-1)).toBe('direct | British Veterinary Association |  | Most rescue dogs arrive healthy');
    const caucus = 'Geordin Hill-Lewis backed the plan.\n\nIn council, the ANC caucus said the plan would hit poor households hardest.';
    expect(said(caucus, 'en', [person('Geordin Hill-Lewis'), org('ANC')])).toEqual(['indirect | ANC |  | the plan would hit poor households hardest']);
    const researchers = 'Dams trap sediment.\n\nIn Vietnam, researchers at Can Tho University warned that the delta was sinking.';
    expect(said(researchers, 'en', [place('Vietnam'), org('Can Tho University')])).toEqual(['indirect | Can Tho University |  | the delta was sinking']);
  });

  it('(nb, da) "Senterpartiets fylkestingsgruppe mener": a party\'s group of representatives speaks as the party', () => {
    const nb = 'Bussene forsvinner.\n\nSenterpartiets fylkestingsgruppe mener kuttene rammer distriktene urettferdig hardt.';
    expect(said(nb, 'nb', [org('Senterpartiet', 'Senterpartiets')])).toEqual(['indirect | Senterpartiet |  | kuttene rammer distriktene urettferdig hardt']);
    const da = 'Skatten stiger.\n\nVenstres folketingsgruppe mener, at skatten skal ned.';
    expect(said(da, 'da', [org('Venstre', 'Venstres')])).toEqual(['indirect | Venstre |  | skatten skal ned']);
  });

  it('(en) "according to the UN\'s Office for ... (Ocha)": the body after an owner in the genitive is the source', () => {
    const text = 'Ethiopia moves its trade through Djibouti.\n\nFailed rains have left 10 million people needing food aid, according to the UN’s Office for the Coordination of Humanitarian Affairs (Ocha).';
    expect(said(text, 'en', [place('Ethiopia'), place('Djibouti'), org('Office for the Coordination of Humanitarian Affairs', 'Ocha')])).toEqual([
      'indirect | Office for the Coordination of Humanitarian Affairs |  | Failed rains have left 10 million people needing food aid',
    ]);
  });

  it('(en) `"...," one passenger waiting for a flight to Singapore said`: a participle\'s phrase of place after the speaker', () => {
    const text = 'Travellers were unaware.\n\n"You never think about what is in the bag next to yours," one passenger waiting for a flight to Singapore said.';
    expect(said(text, 'en', [place('Singapore')])).toEqual(['direct | - |  | You never think about what is in the bag next to yours']);
    const at = 'Fares rose.\n\n"It is still cheap," Jane Smith at the station said.';
    expect(said(at, 'en', [person('Jane Smith')])).toEqual(['direct | Jane Smith |  | It is still cheap']);
  });

  it('(en) "said Wiradjuri elder Marlene Ingram": the person a name and a noun for what they are describe', () => {
    const text = 'Weirs will go.\n\n"The river has been waiting for this," said Wiradjuri elder Marlene Ingram, who sits on an advisory group.';
    expect(said(text, 'en', [person('Wiradjuri'), person('Marlene Ingram')])).toEqual(['direct | Marlene Ingram |  | The river has been waiting for this']);
    const two = 'Prices rose.\n\n"We will appeal," said Tesco store manager Ken Murphy.';
    expect(said(two, 'en', [org('Tesco'), person('Ken Murphy')])).toEqual(['direct | Ken Murphy |  | We will appeal']);
  });

  it('(da) "Lektor X fra Ilisimatusarfik, Grønlands Universitet, vurderer": the one who works where a name and its apposition say', () => {
    const text = 'Pengene er fundet.\n\nLektor Naja Fleischer fra Ilisimatusarfik, Grønlands Universitet, vurderer, at bevillingen er et politisk signal.';
    expect(said(text, 'da', [person('Naja Fleischer'), org('Ilisimatusarfik'), org('Grønlands Universitet')])).toEqual(['indirect | Naja Fleischer |  | bevillingen er et politisk signal']);
  });

  it('(en) "X, the state\'s largest public broadcaster, based in Anchorage, said": the body past its description and a participle\'s phrase', () => {
    const text = 'Funding was cut.\n\nAlaska Public Media, the state\'s largest public broadcaster, based in Anchorage, said it would share its coverage.';
    expect(said(text, 'en', [org('Alaska Public Media'), place('Anchorage')])).toEqual(['indirect | Alaska Public Media |  | it would share its coverage']);
  });

  it('(en) "..., an official said, according to the Press Trust of India": the unnamed speaker, relayed by the source after', () => {
    const text = 'Seizures rose.\n\nThe animals would be deported to Thailand at the carrier\'s cost, an official said, according to the Press Trust of India.';
    expect(said(text, 'en', [place('Thailand'), org('Press Trust of India')])).toEqual(['indirect | - | Press Trust of India | The animals would be deported to Thailand at the carrier\'s cost']);
    // Not a phrase that only seems to attribute, of no one ("a number expected to double").
    const number = 'Homes are full.\n\nAbout 421,000 Australians live with dementia, a number expected to almost double by 2058, according to Dementia Australia.';
    expect(said(number, 'en', [org('Dementia Australia')])).toEqual(['indirect | Dementia Australia |  | About 421,000 Australians live with dementia, a number expected to almost double by 2058']);
  });

  it('(en) "communities in Cambodia and Vietnam who say": "who" after places a preposition introduces is the people before them', () => {
    const text = 'Talks began.\n\nLaos is building the dam despite objections from fishing communities in Cambodia and Vietnam who say the consultation has become a formality.';
    expect(said(text, 'en', [place('Laos'), place('Cambodia'), place('Vietnam')])).toEqual(['indirect | - |  | the consultation has become a formality']);
    const country = 'Talks stalled.\n\nThe EU criticised Britain, who said it would respond within a week.';
    expect(said(country, 'en', [org('EU'), place('Britain')])).toEqual(['indirect | Britain |  | it would respond within a week']);
  });

  it('(en) "The Expert Appraisal Committee on river valley projects said": the name that opens the clause, past a phrase of common words', () => {
    const text = 'The dam failed.\n\nThe Expert Appraisal Committee on river valley and hydroelectric projects said the new dam must pass a larger flood.';
    expect(said(text, 'en', [org('Expert Appraisal Committee')])).toEqual(['indirect | Expert Appraisal Committee |  | the new dam must pass a larger flood']);
    const statement = 'The plant shut.\n\nEquinor in a statement said the plant would reopen in May.';
    expect(said(statement, 'en', [org('Equinor')])).toEqual(['indirect | Equinor |  | the plant would reopen in May']);
    // Not past a name in the phrase, which may be the subject's own ("The head of the Bank of England said").
    const named = 'Rates rose.\n\nThe head of the Bank of England said rates would fall.';
    expect(said(named, 'en', [org('Bank of England')])).toEqual(['indirect | - |  | rates would fall']);
  });

  it('(nb, da, en) "sier en sauebonde i Sogndal": one met unnamed and where they are speaks, not the place', () => {
    const nb = 'Humlene er blitt færre.\n\n– Jeg har ikke sett en eneste lynghumle på to år, sier en sauebonde i Sogndal som ikke ønsker å stå fram med navn.';
    expect(said(nb, 'nb', [place('Sogndal')])).toEqual(['direct | - |  | Jeg har ikke sett en eneste lynghumle på to år']);
    const da = 'Bierne er færre.\n\n– Vi ser færre humlebier end for fem år siden, siger en økologisk grøntsagsavler nær Nakskov.';
    expect(said(da, 'da', [place('Nakskov')])).toEqual(['direct | - |  | Vi ser færre humlebier end for fem år siden']);
    // Nor the owner of where they are.
    const en = 'Lindiwe Mokoena is standing.\n\n"We know our candidates," a fruit vendor near Mokoena\'s ward office said.';
    expect(said(en, 'en', [person('Lindiwe Mokoena', "Mokoena's")])).toEqual(['direct | - |  | We know our candidates']);
    // A person named in apposition still speaks.
    const named = 'Humlene er blitt færre.\n\n– Vi må så blomster, sier en bonde og leder i Sogndal Bondelag, Ola Nordmann.';
    expect(said(named, 'nb', [org('Sogndal Bondelag'), person('Ola Nordmann')])).toEqual(['direct | Ola Nordmann |  | Vi må så blomster']);
  });

  it('(da) "Hos Landbrug & Fødevarer ser man anderledes på det. Organisationen siger": the body whose people\'s view the sentence before opens with', () => {
    const text = 'Foreningen Danmarks Naturfredningsforening mener, at tang er en undskyldning.\n\nHos Landbrug & Fødevarer ser man anderledes på det. Organisationen siger, at virkemidler i vandet bør tælle med.';
    expect(said(text, 'da', [org('Danmarks Naturfredningsforening'), org('Landbrug & Fødevarer')])).toEqual([
      'indirect | Danmarks Naturfredningsforening |  | tang er en undskyldning',
      'indirect | Landbrug & Fødevarer |  | virkemidler i vandet bør tælle med',
    ]);
  });

  it('(da, en, nb) "som citerer regionalregeringen i Republikken Sakha", "The government of Ghana said": a place\'s government speaks as the place', () => {
    const cited = 'Byen synker.\n\nOver 300 bygninger har fået revner, skriver The Barents Observer, som citerer regionalregeringen i Republikken Sakha.';
    expect(said(cited, 'da', [org('The Barents Observer'), place('Republikken Sakha')])).toEqual(['indirect | Republikken Sakha | The Barents Observer | Over 300 bygninger har fået revner']);
    const citing = 'The town is sinking.\n\nOver 300 buildings have cracked, the Barents Observer reported, citing the regional government in Sakha.';
    expect(said(citing, 'en', [org('Barents Observer'), place('Sakha')])).toEqual(['indirect | Sakha | Barents Observer | Over 300 buildings have cracked']);
    const subject = 'Prices rose.\n\nThe government of Ghana said it would cap fuel prices.';
    expect(said(subject, 'en', [place('Ghana')])).toEqual(['indirect | Ghana |  | it would cap fuel prices']);
    const nb = 'Prisene stiger.\n\nRegjeringen på Island mener at prisene må ned.';
    expect(said(nb, 'nb', [place('Island')])).toEqual(['indirect | Island |  | prisene må ned']);
    // After the cue too.
    const after = 'Prisene stiger.\n\n– Dette må ned, sier regjeringen på Island.';
    expect(said(after, 'nb', [place('Island')])).toEqual(['direct | Island |  | Dette må ned']);
    const inverted = 'Prices rose.\n\nFuel prices will be capped, said the government of Ghana.';
    expect(said(inverted, 'en', [place('Ghana')])).toEqual(['indirect | Ghana |  | Fuel prices will be capped']);
  });

  it('(en) "said at least four major sand projects were": "at least" and a number in words open the clause', () => {
    const text = 'Supply is short.\n\nWhitlock said at least four major sand projects were waiting on planning decisions.';
    expect(said(text, 'en', [person('Hannah Whitlock', 'Whitlock')])).toEqual(['indirect | Hannah Whitlock |  | at least four major sand projects were waiting on planning decisions']);
  });

  it('(da, en) "ifølge forskere ved Aarhus Universitet", "according to researchers at Aarhus University": the body whose staff is the source', () => {
    const da = 'Fjorden er ramt.\n\nIfølge forskere ved Aarhus Universitet kan et hektar tang fjerne 100 kilo kvælstof.';
    expect(said(da, 'da', [org('Aarhus Universitet')])).toEqual(['indirect | Aarhus Universitet |  | kan et hektar tang fjerne 100 kilo kvælstof']);
    const en = 'The fjord is hit.\n\nAccording to researchers at Aarhus University, a hectare of kelp can remove 100 kilos of nitrogen.';
    expect(said(en, 'en', [org('Aarhus University')])).toEqual(['indirect | Aarhus University |  | a hectare of kelp can remove 100 kilos of nitrogen']);
  });

  it('(en) "a crofter said as he moved a small flock": "as" and a subject after the cue open a clause of time, not a report', () => {
    const text = 'The fields flower.\n\n"Without the clover there is less for the sheep," a crofter said as he moved a small flock along the road.';
    expect(said(text, 'en', [])).toEqual(['direct | - |  | Without the clover there is less for the sheep']);
    const many = 'The storm hit.\n\nThe mayor said as many as 40 homes had been damaged.';
    expect(said(many, 'en', [])).toEqual(['indirect | - |  | as many as 40 homes had been damaged']);
  });

  it('(en) "In Russia, where the land sits on permafrost, authorities have set up a network, TASS reported": a clause after the opening phrase\'s relative clause', () => {
    const text = 'Problems grow.\n\nIn Russia, where the land sits on permafrost, authorities have set up a network, TASS reported.';
    expect(said(text, 'en', [place('Russia'), org('TASS')])).toEqual(['indirect | TASS |  | In Russia, where the land sits on permafrost, authorities have set up a network']);
  });

  it('(en) "For Kowalczyk, the wait goes on. ... Her own engineer reached ... "...," she said": a possessive chains to the paragraph\'s person', () => {
    const text = 'Denise Kowalczyk heard a thud.\n\n"The law fixed the insurers\' problem," said Rita Solano. She added that families could not afford it.\n\nFor Kowalczyk, the wait goes on. A report ruled out sinkhole activity. Her own engineer reached the opposite conclusion.\n\n"Somebody is going to have to decide," she said.';
    expect(said(text, 'en', [person('Denise Kowalczyk', 'Kowalczyk'), person('Rita Solano')])).toEqual([
      'direct | Rita Solano |  | The law fixed the insurers\' problem',
      'indirect | Rita Solano |  | families could not afford it',
      'direct | Denise Kowalczyk |  | Somebody is going to have to decide',
    ]);
  });

  it('(nb) "Statkraft, Europas største produsent av fornybar energi, bekrefter at": a longer apposition after an owner\'s genitive', () => {
    const text = 'Magasinene er tomme.\n\nStatkraft, Europas største produsent av fornybar energi, bekrefter at selskapet har redusert produksjonen.';
    expect(said(text, 'nb', [org('Statkraft'), place('Europa', 'Europas')])).toEqual(['indirect | Statkraft |  | selskapet har redusert produksjonen']);
  });

  it('(en) "A 2016 ruling by the Permanent Court of Arbitration found that": a court\'s ruling speaks for the court', () => {
    const text = 'The shoal is disputed.\n\nA 2016 ruling by the Permanent Court of Arbitration found that the claims had no legal basis.';
    expect(said(text, 'en', [org('Permanent Court of Arbitration')])).toEqual(['indirect | Permanent Court of Arbitration |  | the claims had no legal basis']);
  });

  it('(da) "I Storbritannien konkluderede CMA sidste år, at": a time after the inverted subject', () => {
    const text = 'Priserne er høje.\n\nI Storbritannien konkluderede Competition and Markets Authority (CMA) sidste år, at ejere betalte for meget.';
    expect(said(text, 'da', [place('Storbritannien'), org('Competition and Markets Authority', 'CMA')])).toEqual(['indirect | Competition and Markets Authority |  | ejere betalte for meget']);
  });

  it('(en) "as it adds more solar and wind power to its grid": a cue that also means adding, before an amount and no verb, reports nothing', () => {
    expect(said('Prices rose.\n\nThe utility is growing as it adds more solar and wind power to its grid.', 'en', [])).toEqual([]);
    expect(said('Prices rose.\n\nMotorists have added less than a minute to typical urban journeys since the change.', 'en', [])).toEqual([]);
    expect(said('Prices rose.\n\nShe added more work was needed.', 'en', [])).toEqual(['indirect | - |  | more work was needed']);
  });

  it('(en) ", with industry leaders warning that": the participle\'s subject after "with", not the sentence\'s', () => {
    const unnamed = 'Sand is short.\n\nSydney is running short of sand, with industry leaders warning that housing targets could stall.';
    expect(said(unnamed, 'en', [place('Sydney')])).toEqual(['indirect | - |  | housing targets could stall']);
    const named = 'Prices rose.\n\nInflation rose in May, with the Reserve Bank warning that rates could rise again.';
    expect(said(named, 'en', [org('Reserve Bank')])).toEqual(['indirect | Reserve Bank |  | rates could rise again']);
  });

  it('(nb, da) "en birøkter", "en fiskeoppdretter", "en biavler": nouns for people met unnamed, whom a pronoun after points to', () => {
    const keeper = '– Vi må så blomster, sier Ola Nordmann.\n\nI Valdres møter NTB en birøkter som mistet halvparten av biene.\n\n– Det er tungt, sier han.';
    expect(said(keeper, 'nb', [person('Ola Nordmann'), place('Valdres'), org('NTB')])).toEqual(['direct | Ola Nordmann |  | Vi må så blomster', 'direct | - |  | Det er tungt']);
    const farmer = '– Vi må så blomster, sier Ola Nordmann.\n\nPå Frøya møter NTB en fiskeoppdretter som tar opp taren.\n\n– Det er tungt, sier han.';
    expect(said(farmer, 'nb', [person('Ola Nordmann'), place('Frøya'), org('NTB')])).toEqual(['direct | Ola Nordmann |  | Vi må så blomster', 'direct | - |  | Det er tungt']);
    const beekeeper = '– Vi skal så blomster, siger Jens Hansen.\n\nPå Fyn møder Ritzau en biavler, der mistede halvdelen af bierne.\n\n– Det er hårdt, siger han.';
    expect(said(beekeeper, 'da', [person('Jens Hansen'), place('Fyn'), org('Ritzau')])).toEqual(['direct | Jens Hansen |  | Vi skal så blomster', 'direct | - |  | Det er hårdt']);
  });

  it('(en) "said around forty climbers had": a number in words after "around" opens the clause', () => {
    const text = 'The hut was full.\n\nThe refuge warden, Mohamed Oubella, said around forty climbers had been staying at the hut.';
    expect(said(text, 'en', [person('Mohamed Oubella')])).toEqual(['indirect | Mohamed Oubella |  | around forty climbers had been staying at the hut']);
  });

  it('(nb) "Flere lokalpolitikere mener staten bør ...": a quantified unnamed subject; the clause opens at "staten"', () => {
    expect(said('Dom.\n\nFlere lokalpolitikere mener staten bør kjøpe ut selskapet og legge prosjektet på is, skriver Finnmark Dagblad.', 'nb', [org('Finnmark Dagblad')])).toEqual([
      'indirect | - | Finnmark Dagblad | staten bør kjøpe ut selskapet og legge prosjektet på is',
    ]);
  });

  it('(da) "Tirsdag aften meddelte hærchef X, at": a time before the verb is no subject', () => {
    expect(said('Dom.\n\nTirsdag aften meddelte hærchef Ashok Raj Sigdel, at hæren har overtaget ansvaret.', 'da', [person('Ashok Raj Sigdel')])).toEqual([
      'indirect | Ashok Raj Sigdel |  | hæren har overtaget ansvaret',
    ]);
  });

  it('(nb) "Kritikerne mener hun ...": "hun" opens the clause, the critics speak (no one named)', () => {
    expect(said('Dom.\n\nKritikerne mener hun med det gikk bak ryggen på hæren.', 'nb', [])).toEqual(['indirect | - |  | hun med det gikk bak ryggen på hæren']);
    expect(said('Dom.\n\nKari Dahl tapte saken. Likevel mener hun at dommen er feil.', 'nb', [person('Kari Dahl')])).toEqual(['indirect | Kari Dahl |  | dommen er feil']);
  });
});

describe('statements: an opening phrase, an apposition and a closing relay', () => {
  it('(en) "Speaking to Sky News, X, chief executive of Y, said ..., citing figures from Z": the clause, without the relay', () => {
    const text = 'Prices.\n\nSpeaking to Sky News, Susan Hughes, chief executive of Shell, said the company can limit costs, citing figures from the World Bank.';
    expect(said(text, 'en', [org('Sky News'), person('Susan Hughes'), org('Shell'), org('World Bank')])).toEqual([
      'indirect | Susan Hughes |  | the company can limit costs',
    ]);
  });
});
