import { org, person, place, rolesOf, said } from './statements-support.js';

const LAVROV = person('Sergei Lavrov', 'Lavrov');
const BLINKEN = person('Antony Blinken', 'Blinken');

describe('statements (en): quotations', () => {
  it('reads `"...," said X`, `X said, "..."` and `"...," X said`', () => {
    const text =
      '"We will not back down," said Antony Blinken.\n' +
      'Blinken said, "The alliance is united."\n' +
      '"The talks were useful," Lavrov said.';
    expect(said(text, 'en', [BLINKEN, LAVROV])).toEqual([
      'direct | Antony Blinken |  | We will not back down',
      'direct | Antony Blinken |  | The alliance is united',
      'direct | Sergei Lavrov |  | The talks were useful',
    ]);
  });

  it('reads `"...," the company\'s chief executive, X, said` and the same without commas', () => {
    const text =
      'Norvale Pay was hit by an attack.\n\n' +
      '"We can confirm that a third party accessed our systems," the company\'s chief executive, Amara Whitcombe-Lee, said in a statement.\n\n' +
      '"Card details were not affected," the chief executive Amara Whitcombe-Lee said.';
    expect(said(text, 'en', [org('Norvale Pay'), person('Amara Whitcombe-Lee')])).toEqual([
      'direct | Amara Whitcombe-Lee |  | We can confirm that a third party accessed our systems',
      'direct | Amara Whitcombe-Lee |  | Card details were not affected',
    ]);
  });

  it('reads a title qualified after a name: `"...," the UK fisheries minister, X, said`', () => {
    const text = '"It is deeply disappointing. We came ready to compromise," the UK fisheries minister, Owen Falstead, said after the talks.';
    expect(said(text, 'en', [place('UK'), person('Owen Falstead')])).toEqual([
      'direct | Owen Falstead |  | It is deeply disappointing. We came ready to compromise',
    ]);
  });

  it('resolves `"...," he added` to the last speaker', () => {
    const text = 'Sergei Lavrov spoke in Geneva on Friday.\n"The talks were useful," Lavrov said.\n"We expect more progress," he added.';
    expect(said(text, 'en', [LAVROV, place('Geneva')])).toEqual([
      'direct | Sergei Lavrov |  | The talks were useful',
      'direct | Sergei Lavrov |  | We expect more progress',
    ]);
  });

  it('keeps a partial quote inside a reported clause and the rest after "and that"', () => {
    const text = "Antony Blinken said there had been 'real progress' in the talks and that a deal could follow soon.";
    expect(said(text, 'en', [BLINKEN])).toEqual([
      'direct | Antony Blinken |  | real progress',
      'indirect | Antony Blinken |  | a deal could follow soon',
    ]);
  });

  it('keeps the report before "and would" when the quotation follows it, but not a bare subject and verb', () => {
    const text =
      'Antony Blinken said Washington had raised its concerns with Moscow and would "continue to monitor" the talks.\n\n' +
      'Lavrov said he and would "never accept" it.';
    expect(said(text, 'en', [BLINKEN, LAVROV, place('Washington'), place('Moscow')])).toEqual([
      'indirect | Antony Blinken |  | Washington had raised its concerns with Moscow',
      'direct | Antony Blinken |  | continue to monitor',
      'direct | Sergei Lavrov |  | never accept',
    ]);
  });

  it('keeps a quote whose unnamed source follows it, with the speaker null', () => {
    expect(said('"The strikes will continue," the ministry said in a statement.', 'en', [])).toEqual([
      'direct | - |  | The strikes will continue',
    ]);
  });

  it('ignores a single scare-quoted word', () => {
    expect(said("The 'historic' summit ended in Paris on Monday.", 'en', [place('Paris')])).toEqual([]);
  });
});

describe('statements (en): indirect speech', () => {
  it('takes a relative "that" far after a bare cue for no complementizer', () => {
    const text = 'Owen Falstead said the UK would not rule out trade measures against countries that fished beyond their share.';
    expect(said(text, 'en', [person('Owen Falstead', 'Falstead'), place('UK')])).toEqual([
      'indirect | Owen Falstead |  | the UK would not rule out trade measures against countries that fished beyond their share',
    ]);
  });

  it('takes the clause before a closing "according to X\'s analysis of ..." as what the source says', () => {
    const text = 'NightHarbour has been linked to attacks on two European hospitals this year, according to Reuters\' analysis of data published on the group\'s leak site.';
    expect(said(text, 'en', [org('Reuters', "Reuters'"), org('NightHarbour')])).toEqual([
      'indirect | Reuters |  | NightHarbour has been linked to attacks on two European hospitals this year',
    ]);
  });

  it('reads "X said (that)" with an institution or a city as speaker', () => {
    const text = 'The Kremlin said that the troops would return to their bases.\nMoscow said the exercises had ended.';
    expect(said(text, 'en', [org('Kremlin'), place('Moscow')])).toEqual([
      'indirect | Kremlin |  | the troops would return to their bases',
      'indirect | Moscow |  | the exercises had ended',
    ]);
  });

  it('skips a time between the cue and a clause without "that", and reads no clause from a prepositional phrase', () => {
    const text = 'Antony Blinken said Tuesday the sanctions would stay.\nSergei Lavrov said on Friday in Moscow, after a long meeting.';
    expect(said(text, 'en', [BLINKEN, LAVROV, place('Moscow')])).toEqual(['indirect | Antony Blinken |  | the sanctions would stay']);
  });

  it('reads "according to X" before and after the clause', () => {
    const text = 'According to Reuters, the convoy left the city on Monday.\nThe bridge was destroyed overnight, according to the BBC.';
    expect(said(text, 'en', [org('Reuters'), org('BBC')])).toEqual([
      'indirect | Reuters |  | the convoy left the city on Monday',
      'indirect | BBC |  | The bridge was destroyed overnight',
    ]);
  });

  it('reads "X told reporters" and a trailing ", officials told reporters" with nobody named', () => {
    const text = 'Antony Blinken told reporters that the plan was ready.\nThe plan would take effect in May, officials told reporters in Brussels.';
    expect(said(text, 'en', [BLINKEN, place('Brussels')])).toEqual([
      'indirect | Antony Blinken |  | the plan was ready',
      'indirect | - |  | The plan would take effect in May',
    ]);
  });

  it('gives an unnamed official the speaker null, never a guess', () => {
    const text = '"We are ready," said Antony Blinken.\nA senior official said the talks had stalled.';
    expect(said(text, 'en', [BLINKEN])).toEqual([
      'direct | Antony Blinken |  | We are ready',
      'indirect | - |  | the talks had stalled',
    ]);
  });

  it('resolves "the Kremlin spokesman" to the person holding the title', () => {
    const text = 'Kremlin spokesman Dmitry Peskov spoke on Tuesday.\nThe Kremlin spokesman said the offer was not serious.';
    expect(said(text, 'en', [person('Dmitry Peskov'), org('Kremlin')])).toEqual([
      'indirect | Dmitry Peskov |  | the offer was not serious',
    ]);
  });

  it('resolves "she said" by gender', () => {
    const text = 'Ursula von der Leyen met Olaf Scholz in Berlin.\nShe said the sanctions would stay.';
    expect(said(text, 'en', [person('Ursula von der Leyen'), person('Olaf Scholz'), place('Berlin')])).toEqual([
      'indirect | Ursula von der Leyen |  | the sanctions would stay',
    ]);
  });

  it('reads a relay by "quoting"', () => {
    const text = '"The exercises are over," said Sergei Lavrov, quoting the Interfax agency.';
    expect(said(text, 'en', [LAVROV, org('Interfax')])).toEqual(['direct | Sergei Lavrov | Interfax | The exercises are over']);
  });

  it('reads "X quoted Y as saying": Y speaks and X relays, before, after or around a quotation; "the agency quoted him" is the last of each', () => {
    const text =
      'Sergei Lavrov arrived in Ankara.\n\n' +
      'The ceasefire is over, TASS quoted Lavrov as saying.\n\n' +
      'Interfax quoted Lavrov as saying that the West had broken its word.\n\n' +
      '"We will respond," RIA Novosti quoted Lavrov as saying.\n\n' +
      'The agency quoted him as saying the talks had failed.';
    expect(said(text, 'en', [LAVROV, place('Ankara'), org('TASS'), org('Interfax'), org('RIA Novosti')])).toEqual([
      'indirect | Sergei Lavrov | TASS | The ceasefire is over',
      'indirect | Sergei Lavrov | Interfax | the West had broken its word',
      'direct | Sergei Lavrov | RIA Novosti | We will respond',
      'indirect | Sergei Lavrov | RIA Novosti | the talks had failed',
    ]);
  });

  it('gives a coordinated cue of a group ("40 Labour MPs ... warning that") no speaker: the members speak, not the party', () => {
    const text = 'More than 40 Labour MPs have signed a letter warning that the cuts would hit "the poorest pensioners hardest".';
    expect(said(text, 'en', [org('Labour')])).toEqual(['direct | - |  | the poorest pensioners hardest']);
  });

  it('finds a subject before its acronym and a relative clause, and "the council" for the organization whose name holds it', () => {
    const text =
      'The Nordic Council for Marine Research (NCMR), which advises governments, said that the catch should be cut. ' +
      'Greenpeace welcomed it. According to the council, the quotas were far too high.';
    expect(said(text, 'en', [org('Nordic Council for Marine Research'), org('NCMR'), org('Greenpeace')])).toEqual([
      'indirect | Nordic Council for Marine Research |  | the catch should be cut',
      'indirect | Nordic Council for Marine Research |  | the quotas were far too high',
    ]);
  });

  it('reads a clause opened by a subject pronoun after any cue ("confirmed it had ...") and "the chipmaker" for the company', () => {
    const text = 'Norvale Chips confirmed it had evacuated staff from two plants. The chipmaker said most equipment was back in operation.';
    expect(said(text, 'en', [org('Norvale Chips')])).toEqual([
      'indirect | Norvale Chips |  | it had evacuated staff from two plants',
      'indirect | Norvale Chips |  | most equipment was back in operation',
    ]);
  });

  it('reads a clause opened by a quantity, an organization\'s apposition, and "the agency" for the organization that just spoke', () => {
    const text =
      'The Border Guard said about 60 people had arrived at the Vaalimaa crossing. According to the agency, none had crossed.\n\n' +
      "Frontex, the EU's border agency, confirmed that it would send 50 officers.";
    expect(said(text, 'en', [org('Border Guard'), org('Vaalimaa'), org('Frontex'), org('EU')])).toEqual([
      'indirect | Border Guard |  | about 60 people had arrived at the Vaalimaa crossing',
      'indirect | Border Guard |  | none had crossed',
      'indirect | Frontex |  | it would send 50 officers',
    ]);
  });

  it('reads a present-tense cue without "that" before a clause with an auxiliary ("It estimates the measure will cost"), not before an object', () => {
    const text =
      'Apartur, the association representing tourist-apartment operators, opposes the ban. It estimates the measure will cost Barcelona 5,000 jobs.\n\n' +
      'The National Tertiary Education Union (NTEU) estimates up to 120 jobs could go across the faculty.\n\n' +
      'The ministry announces new rules every spring.';
    expect(said(text, 'en', [org('Apartur'), place('Barcelona'), org('National Tertiary Education Union', 'NTEU')])).toEqual([
      'indirect | Apartur |  | the measure will cost Barcelona 5,000 jobs',
      'indirect | National Tertiary Education Union |  | up to 120 jobs could go across the faculty',
    ]);
  });

  it('reads one quoted word after "dismissed ... as", a second report after ", while", and a quotation inside the subject\'s clause', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov dismissed the accusations as "absurd", Reuters reported, citing Interfax.\n\n' +
      'Ilic said students would keep blocking faculties, while fellow organiser Luka Petrovic told N1 that the movement would run.\n\n' +
      'Vucic, who has described the protesters as "foreign-funded", insisted that there would be no early election.';
    const named = [org('Kremlin'), person('Dmitry Peskov'), org('Reuters'), org('Interfax'), person('Ilic'), person('Luka Petrovic'), org('N1'), person('Vucic')];
    expect(said(text, 'en', named)).toEqual([
      'direct | Dmitry Peskov | Reuters,Interfax | absurd',
      'indirect | Ilic |  | students would keep blocking faculties',
      'indirect | Luka Petrovic |  | the movement would run',
      'direct | Vucic |  | foreign-funded',
      'indirect | Vucic |  | there would be no early election',
    ]);
  });

  it('gives a quotation after a colon to the pronoun or person opening the clause, and nobody else\'s', () => {
    const text =
      'Saara Lind, a researcher, argued that the Kremlin was testing Finland.\n\n' +
      'She put it bluntly: "Moscow wants to see how far it can push."\n\n' +
      'The report is clear: "Nothing works here."';
    expect(said(text, 'en', [person('Saara Lind'), org('Kremlin'), place('Finland')])).toEqual([
      'indirect | Saara Lind |  | the Kremlin was testing Finland',
      'direct | Saara Lind |  | Moscow wants to see how far it can push',
    ]);
  });

  it('reads a source after a noun and its participle or "a report by the", and a colon after a possessive pronoun', () => {
    const text =
      'The BJP held on to power in Goa, according to final results published by the Election Commission on Saturday.\n\n' +
      'According to a report by the BBC, the talks failed.\n\n' +
      'Esther Kamau lost her son in the attack. Her message to Ruto was blunt: "Bring them home."';
    expect(said(text, 'en', [org('BJP'), place('Goa'), org('Election Commission'), org('BBC'), person('Esther Kamau'), person('Ruto')])).toEqual([
      'indirect | Election Commission |  | The BJP held on to power in Goa',
      'indirect | BBC |  | the talks failed',
      'direct | Esther Kamau |  | Bring them home',
    ]);
  });

  it('takes no word of a name for a verb ("the United States "stands with Kenya"")', () => {
    const text = 'Spokesman Dan Hale said the United States "stands with Kenya" and that aid would come.';
    expect(said(text, 'en', [person('Dan Hale'), place('United States'), place('Kenya')])).toEqual([
      'direct | Dan Hale |  | stands with Kenya',
      'indirect | Dan Hale |  | aid would come',
    ]);
  });

  it('reads "X told reporters <clause>", and `X dismissed it as "...", Reuters reported, citing Y` as X\'s words relayed', () => {
    const text =
      'Ann Lee, 52, who runs a shop, told reporters she had been thrown to the floor.\n\n' +
      'The spokesman, Reza Karimi, dismissed the trial as "politically motivated", Reuters reported, citing the agency IRNA.';
    expect(said(text, 'en', [person('Ann Lee'), person('Reza Karimi'), org('Reuters'), org('IRNA')])).toEqual([
      'indirect | Ann Lee |  | she had been thrown to the floor',
      'direct | Reza Karimi | Reuters,IRNA | politically motivated',
    ]);
  });

  it("takes the person an apposition names after \"According to X's lawyer\"", () => {
    const text = "Ola Brenna was banned.\n\nAccording to Brenna's lawyer, Kari Lund, the substance came from a cream.";
    expect(said(text, 'en', [person('Ola Brenna', 'Brenna'), person('Kari Lund')])).toEqual(['indirect | Kari Lund |  | the substance came from a cream']);
  });

  it('gives a source\'s report to the one it cites, with the source as relay, and to nobody named when they are unnamed', () => {
    const text =
      'Reuters reported, citing three officials, that the talks had failed.\n\n' +
      'More than 100 investigations are under way, according to the Financial Times, citing officials at Europol.\n\n' +
      'According to the BBC, citing the agency PAP, the army moved two brigades.';
    expect(said(text, 'en', [org('Reuters'), org('Financial Times'), org('Europol'), org('BBC'), org('PAP')])).toEqual([
      'indirect | - | Reuters | the talks had failed',
      'indirect | Europol | Financial Times | More than 100 investigations are under way',
      'indirect | PAP | BBC | the army moved two brigades',
    ]);
  });

  it('reads a relay inserted before the clause ("reported, citing X, that") and an opening source of a speaker\'s words', () => {
    const text =
      'The BBC reported, citing Interfax, that Moscow had rejected the offer.\n\n' +
      'According to the BBC, citing the Polish news agency PAP, the firm\'s chief executive, Marek Nowicki, said his company had "cooperated fully" with investigators.';
    expect(said(text, 'en', [org('BBC'), org('Interfax'), place('Moscow'), org('PAP'), person('Marek Nowicki')])).toEqual([
      'indirect | Interfax | BBC | Moscow had rejected the offer',
      'direct | Marek Nowicki | BBC,PAP | cooperated fully',
    ]);
  });
});

describe('statements (en): subjects and continuations', () => {
  it('binds "the report said" to no one, and takes no noun alone before a source for its description (the medium that spoke to the sources relays)', () => {
    const text = '"We will not comment," union leader John Smith said.\n\n"Two nurses were suspended," the report said. According to sources Bloomberg spoke to, the talks failed.';
    expect(said(text, 'en', [person('John Smith'), org('Bloomberg')])).toEqual([
      'direct | John Smith |  | We will not comment',
      'direct | - |  | Two nurses were suspended',
      'indirect | - | Bloomberg | the talks failed',
    ]);
  });

  it('gives a quotation that "the statement said" to the speaker of the statement before', () => {
    const text = 'In a statement, Tom Ashby said he had been "naive and frightened".\n\n"I should have picked up the phone. I did not," the statement said.';
    expect(said(text, 'en', [person('Tom Ashby')])).toEqual([
      'direct | Tom Ashby |  | naive and frightened',
      'direct | Tom Ashby |  | I should have picked up the phone. I did not',
    ]);
  });

  it('takes the author of a document, and the subject before a participle\'s apposition', () => {
    const text =
      'A statement from the Royal Marsden Hospital, cited by the Press Association (PA), said she was in a stable condition. ' +
      'The Cricketers Union (CU), co-founded by Mark Tindall, called the decision "reckless" and demanded a review.';
    const named = [org('Royal Marsden Hospital'), org('Press Association', 'PA'), org('Cricketers Union', 'CU'), person('Mark Tindall')];
    expect(said(text, 'en', named)).toEqual([
      'indirect | Royal Marsden Hospital |  | she was in a stable condition',
      'direct | Cricketers Union |  | reckless',
    ]);
  });

  it("takes the subject before an apposition with a possessive and a number sign: \"Poland's X, the women's world No. 5, said\"", () => {
    const text = "Poland's Kasia Wrzosek, the women's world No. 5, said the rules were written for sponsors.";
    expect(said(text, 'en', [place('Poland'), person('Kasia Wrzosek')])).toEqual([
      'indirect | Kasia Wrzosek |  | the rules were written for sponsors',
    ]);
  });

  it('gives ", adding that ..." to the speaker of the quote before it', () => {
    const text = '"I do not know what they want," Blinken said, adding that the decision was final.';
    expect(said(text, 'en', [BLINKEN])).toEqual([
      'direct | Antony Blinken |  | I do not know what they want',
      'indirect | Antony Blinken |  | the decision was final',
    ]);
  });

  it('finds the subject before a "who" clause', () => {
    const text = 'Keir Starmer, who spoke at a summit in Brussels, said Britain would send more aid.';
    expect(said(text, 'en', [person('Keir Starmer'), place('Brussels'), place('Britain')])).toEqual([
      'indirect | Keir Starmer |  | Britain would send more aid',
    ]);
  });

  it('reads a quote attributed by a name with an apposition, and a subject before a participle clause', () => {
    const text =
      '"Russia brought the war home," Mykhailo Podolyak, an adviser to President Volodymyr Zelensky, told the Guardian.\n' +
      'Antony Blinken, speaking in Tokyo, said Washington did not encourage the strikes.';
    const named = [person('Mykhailo Podolyak'), person('Volodymyr Zelensky'), org('Guardian'), BLINKEN, place('Tokyo'), place('Washington')];
    expect(said(text, 'en', named)).toEqual([
      'direct | Mykhailo Podolyak |  | Russia brought the war home',
      'indirect | Antony Blinken |  | Washington did not encourage the strikes',
    ]);
  });

  it('lets a quoted sentence without attribution continue the speaker before it', () => {
    const text = '"We are running out of time," said Antony Blinken. "Without access, people will die."';
    expect(said(text, 'en', [BLINKEN])).toEqual([
      'direct | Antony Blinken |  | We are running out of time',
      'direct | Antony Blinken |  | Without access, people will die',
    ]);
  });

  it('reads no statement from a cue word used as a noun', () => {
    expect(said('The claims could not be verified by reporters in the region.', 'en', [])).toEqual([]);
  });
});

describe('statements (en): roles', () => {
  it('records a capitalised title before a name, with or without a comma', () => {
    const text = 'Foreign Minister, Sergei Lavrov, met Secretary of State Antony Blinken.';
    expect(rolesOf(text, 'en', [LAVROV, BLINKEN])).toEqual([
      'Sergei Lavrov: Foreign Minister (en)',
      'Antony Blinken: Secretary of State (en)',
    ]);
  });
});

describe('statements (en): stop 21 patterns', () => {
  it('reads a court that ruled that ... as its speaker', () => {
    const text = "Japan's Supreme Court ruled on Wednesday that the ban violates the constitution.";
    expect(said(text, 'en', [place('Japan'), org('Supreme Court')])).toEqual([
      'indirect | Supreme Court |  | the ban violates the constitution',
    ]);
  });

  it('closes a trailing attribution before a coordinated ", adding that"', () => {
    const text = "Two of the dead were Paraguayan citizens, the Foreign Ministry said, adding that its consulate was in contact.";
    expect(said(text, 'en', [org('Foreign Ministry')])).toEqual([
      'indirect | Foreign Ministry |  | Two of the dead were Paraguayan citizens',
      'indirect | Foreign Ministry |  | its consulate was in contact',
    ]);
  });

  it("reads a name ending in its possessive as the subject (Moody's warned)", () => {
    const text = "Analysts at Moody's warned that a failure could raise borrowing costs.";
    expect(said(text, 'en', [org("Moody's")])).toEqual(["indirect | Moody's |  | a failure could raise borrowing costs"]);
  });

  it('ends a report made in a relative clause at the comma that closes the clause', () => {
    const text = 'Takaichi, who has previously said she is cautious about changing the system, did not comment on Wednesday.';
    expect(said(text, 'en', [person('Sanae Takaichi', 'Takaichi')])).toEqual([
      'indirect | Sanae Takaichi |  | she is cautious about changing the system',
    ]);
  });

  it('gives "A Google spokesperson" the organization named before the word, and a person named after it that person', () => {
    const text =
      'A Google spokesperson said the company would appeal.\n\n' +
      'A Department for Business and Trade spokesperson said the government was monitoring the situation.\n\n' +
      'Google spokesperson Jane Doe said the ruling was flawed.';
    expect(said(text, 'en', [org('Google'), org('Department for Business and Trade'), person('Jane Doe')])).toEqual([
      'indirect | Google |  | the company would appeal',
      'indirect | Department for Business and Trade |  | the government was monitoring the situation',
      'indirect | Jane Doe |  | the ruling was flawed',
    ]);
  });

  it('reads the acronym WHO as the organization, not the relative pronoun "who"', () => {
    const text = 'Cases rose in March. The WHO said the risk was high. WHO says that two doses are needed.';
    expect(said(text, 'en', [org('World Health Organization', 'WHO')])).toEqual([
      'indirect | World Health Organization |  | the risk was high',
      'indirect | World Health Organization |  | two doses are needed',
    ]);
  });

  it('gives "a spokesperson for" an organization that organization, and a place no one', () => {
    const text =
      'A spokesperson for the Department for Transport said ministers were in close contact.\n\n' +
      "A spokesman for Kyiv's delegation said they proposed neutral status.";
    expect(said(text, 'en', [org('Department for Transport'), place('Kyiv')])).toEqual([
      'indirect | Department for Transport |  | ministers were in close contact',
      'indirect | - |  | they proposed neutral status',
    ]);
  });
});

describe('statements (en): long appositions', () => {
  it('finds the subject before a relative clause or an apposition of up to forty tokens', () => {
    const text =
      'Bae, who left Samsung in 2017 and spent four years at a research center in Hefei before returning home to work for a small equipment supplier in Pyeongtaek, told the court last month that he had not known the documents were classified.\n\n' +
      'Feargal Sharkey, the former punk singer who has become one of the most prominent critics of the water industry, called the plan "a ransom note dressed up as a rescue".';
    expect(said(text, 'en', [person('Bae Soo-jin', 'Bae'), org('Samsung'), person('Feargal Sharkey')])).toEqual([
      'indirect | Bae Soo-jin |  | he had not known the documents were classified',
      'direct | Feargal Sharkey |  | a ransom note dressed up as a rescue',
    ]);
  });
});

describe('statements (en): the review of stop 21', () => {
  it('gives a bare "a spokesperson" the organization that opens the sentence before, or no one, and reads "rules that" as no report', () => {
    const text = 'Tesla plans to cut jobs, Bloomberg reported on Monday. A spokesperson said the company does not comment on rumours.\n\nEU rules that require banks to hold more capital will be relaxed.\n\n' +
      'Ofwat, which must approve any deal, confirmed it had received the proposal. A spokesperson said the regulator would not sign off on it.\n\n' +
      'The talks ended on Monday. A spokesperson said they would resume.';
    expect(said(text, 'en', [org('Tesla'), org('Bloomberg'), org('EU'), org('Ofwat')])).toEqual([
      'indirect | Bloomberg |  | Tesla plans to cut jobs',
      'indirect | Tesla |  | the company does not comment on rumours',
      'indirect | Ofwat |  | it had received the proposal',
      'indirect | Ofwat |  | the regulator would not sign off on it',
      'indirect | - |  | they would resume',
    ]);
  });

  it('ends a report in a relative clause at the comma that closes it, over a clause inside it', () => {
    const text = 'He met Smith, who said the talks, which lasted three hours, were productive.';
    expect(said(text, 'en', [person('John Smith', 'Smith')])).toEqual(['indirect | John Smith |  | the talks, which lasted three hours, were productive']);
  });
});

describe('statements (en): stop 22', () => {
  it('closes a report with a speaker and an apposition between commas, but not when a clause follows the cue', () => {
    const text = 'Two trains were stuck near the tunnel, Getlink, the company that operates the tunnel, said.\n\n' +
      'One of them, Margaret Hollis, a retired teacher from Kent, told the BBC she had lost her savings.';
    expect(said(text, 'en', [org('Getlink'), person('Margaret Hollis'), place('Kent'), org('BBC')])).toEqual([
      'indirect | Getlink |  | Two trains were stuck near the tunnel',
      'indirect | Margaret Hollis |  | she had lost her savings',
    ]);
  });

  it('ends a report before the speaker\'s own next act that quotes them', () => {
    const text = 'Heidi Alexander said she had spoken to Eurostar, and had asked for “a full explanation of what went wrong”.';
    expect(said(text, 'en', [person('Heidi Alexander'), org('Eurostar')])).toEqual([
      'indirect | Heidi Alexander |  | she had spoken to Eurostar',
      'direct | Heidi Alexander |  | a full explanation of what went wrong',
    ]);
  });

  it('reads "telling X that" as a report, and a closing source with a description and a relative clause as the source', () => {
    const text = 'Margarita Robles defended the plan, telling the public broadcaster RTVE that the country would meet its commitments.\n\n' +
      'The remarks were aimed chiefly at Spain, according to two diplomats present in the room, who spoke on condition of anonymity.';
    expect(said(text, 'en', [person('Margarita Robles', 'Robles'), org('RTVE'), place('Spain')])).toEqual([
      'indirect | Margarita Robles |  | the country would meet its commitments',
      'indirect | - |  | The remarks were aimed chiefly at Spain',
    ]);
  });

  it('reads "..., said X" as closing a report whose own subject is named inside it', () => {
    const text = 'John Smith was the strongest candidate this year, said Maria Santos.';
    expect(said(text, 'en', [person('John Smith'), person('Maria Santos')])).toEqual([
      'indirect | Maria Santos |  | John Smith was the strongest candidate this year',
    ]);
  });

  it('takes no participle for an inverted attribution and "it is telling that" for no speech (review of stop 22)', () => {
    const text = 'Trump posted on Truth Social on Sunday, telling Iran to make a deal.\n\nIt is telling that the minister did not attend.';
    expect(said(text, 'en', [person('Donald Trump', 'Trump'), place('Iran')])).toEqual([]);
  });

  it('reads "X warn that", a relay after a time, and a trailing attribution before "according to"', () => {
    const text = 'Environmental groups warn that exports could accelerate deforestation.\n\n' +
      'Reuters reported last week, citing three people familiar with the matter, that the bank had sold dollars.\n\n' +
      'Prices will rise, Jane Smith said on Friday, according to AFP.';
    expect(said(text, 'en', [org('Reuters'), person('Jane Smith'), org('AFP')])).toEqual([
      'indirect | - |  | exports could accelerate deforestation',
      'indirect | - | Reuters | the bank had sold dollars',
      'indirect | Jane Smith | AFP | Prices will rise',
    ]);
  });
});

describe('statements (en): a relative clause before the verb', () => {
  it('reads "X (ACRONYM), which warned that ..." as X', () => {
    const text = 'The quotas are based on advice from the Sea Council (ICES), which warned that cod stocks are low in the north.';
    expect(said(text, 'en', [org('Sea Council', 'ICES')])).toEqual(['indirect | Sea Council |  | cod stocks are low in the north']);
  });

  it('reads "X (ACRONYM), which ..., said the figures ..." as X reporting the clause after the verb', () => {
    const text = 'Médecins Sans Frontières (MSF), which runs neonatal units in several of the countries studied, said the figures matched what its staff saw every day.';
    expect(said(text, 'en', [org('Médecins Sans Frontières', 'MSF')])).toEqual(['indirect | Médecins Sans Frontières |  | the figures matched what its staff saw every day']);
  });

  it('reads "X, which ... in Kiruna, Sweden, said" as X, the place and its country being part of the clause', () => {
    const text = 'Greenpeace, which has campaigned against the mine in Kiruna, Sweden, said the decision was wrong.';
    expect(said(text, 'en', [org('Greenpeace'), place('Kiruna'), place('Sweden')])).toEqual(['indirect | Greenpeace |  | the decision was wrong']);
  });
});

describe('statements (en): a clause without "that" after an object or a phrase', () => {
  it('reads "told a news conference the bank would ..." with the one spoken to unnamed', () => {
    const text = 'Governor Olayemi Cardoso told a news conference the bank would keep rates on hold.';
    expect(said(text, 'en', [person('Olayemi Cardoso')])).toEqual(['indirect | Olayemi Cardoso |  | the bank would keep rates on hold']);
  });

  it('reads "told Reuters the company ..." and "said in a statement it would ..."', () => {
    const text = 'Chief executive Rubén Alvarado told Reuters the company remained committed to the project. Codelco said in a statement it would comply with the ruling.';
    expect(said(text, 'en', [person('Rubén Alvarado'), org('Reuters'), org('Codelco')])).toEqual([
      'indirect | Rubén Alvarado |  | the company remained committed to the project',
      'indirect | Codelco |  | it would comply with the ruling',
    ]);
  });
});

describe('statements (en): review of stop 23', () => {
  it('reads "X, which ... in Kalixbyn, Sweden, said" as X, "the army said" as the armed forces named before, and "the EU border agency Frontex" as Frontex', () => {
    const text = 'Boliden, which runs a copper smelter in Kalixbyn, Sweden, said output fell 10 percent.\n\n' +
      'The Israel Defense Forces said a rocket was fired. The army said two soldiers were wounded.\n\n' +
      'Arrivals fell by 40 percent, according to the EU border agency Frontex.';
    expect(said(text, 'en', [org('Boliden'), place('Sweden'), org('Israel Defense Forces'), org('European Union', 'EU'), org('Frontex')])).toEqual([
      'indirect | Boliden |  | output fell 10 percent',
      'indirect | Israel Defense Forces |  | a rocket was fired',
      'indirect | Israel Defense Forces |  | two soldiers were wounded',
      'indirect | Frontex |  | Arrivals fell by 40 percent',
    ]);
  });
});

describe('statements (en): a quotation inside a report inside another', () => {
  it('gives the quotation to the outer speaker: "X said Beijing had asked them to "...""', () => {
    const text = 'Zhao Lei, a spokesperson for the embassy, said Beijing had asked Chinese companies in Zambia to "strictly abide by local laws and regulations".';
    expect(said(text, 'en', [person('Zhao Lei'), place('Beijing'), place('Zambia')])).toEqual([
      'direct | Zhao Lei |  | strictly abide by local laws and regulations',
    ]);
  });
});

describe('statements (en): a name with its own kind noun', () => {
  it('reads the subject past the letters of an office or honour after a name ("Jane Smith MP said")', () => {
    const text = 'Prosecutor Rupert Llewellyn KC told the jury that the scheme was a fraud. Jane Smith MP said it was wrong. ' +
      "His barrister, Jonathan de Souza KC, told the court that his client had shown remorse.";
    expect(said(text, 'en', [person('Rupert Llewellyn'), person('Jane Smith'), person('Jonathan de Souza')])).toEqual([
      'indirect | Rupert Llewellyn |  | the scheme was a fraud',
      'indirect | Jane Smith |  | it was wrong',
      'indirect | Jonathan de Souza |  | his client had shown remorse',
    ]);
  });

  it('reads a lede\'s closing attribution by a body with "and" in its name or noun, or after "has", and finds the body named later', () => {
    expect(said('The fire spread overnight, the Disaster and Emergency Management Authority (AFAD) said on Tuesday.', 'en', [org('Disaster and Emergency Management Authority', 'AFAD')])).toEqual([
      'indirect | Disaster and Emergency Management Authority |  | The fire spread overnight',
    ]);
    const text = "Former president Peter Mutharika has won the election, the country's electoral commission has announced, completing a comeback.\n\n" +
      'The Malawi Electoral Commission said turnout was high.\n\n' +
      'According to Reuters, the new president is expected to be sworn in next week.';
    expect(said(text, 'en', [person('Peter Mutharika'), org('Malawi Electoral Commission'), org('Reuters')])).toEqual([
      'indirect | Malawi Electoral Commission |  | Former president Peter Mutharika has won the election',
      'indirect | Malawi Electoral Commission |  | turnout was high',
      'indirect | Reuters |  | the new president is expected to be sworn in next week',
    ]);
    expect(said("At least 11 people have died after a ferry sank, the country's search and rescue agency said.", 'en', [])).toEqual([
      'indirect | - |  | At least 11 people have died after a ferry sank',
    ]);
  });

  it('reads no report of a passive ("who is accused of "..."", "was told that"), but "was quoted as saying" is one; a bare spokesperson after "X workers" is nobody\'s', () => {
    const text = 'The man, who is accused of "terrorist offences", appeared in court on Friday. Ann Lee was told that her post would go. ' +
      '"We came to test them," Abbas Araghchi was quoted as saying.\n\n' +
      'Amazon workers in Coventry voted against union recognition, the GMB union said. A spokesperson said the result was disappointing.';
    expect(said(text, 'en', [person('Ann Lee'), person('Abbas Araghchi'), org('Amazon'), org('GMB')])).toEqual([
      'direct | Abbas Araghchi |  | We came to test them',
      'indirect | GMB |  | Amazon workers in Coventry voted against union recognition',
      'indirect | - |  | the result was disappointing',
    ]);
  });

  it('relays a report through the medium an unnamed source spoke to ("sources ..., who spoke to Reuters on condition of anonymity,")', () => {
    const text = 'According to sources close to the talks, who spoke to Reuters on condition of anonymity, a deal could be reached this week.';
    expect(said(text, 'en', [org('Reuters')])).toEqual(['indirect | - | Reuters | a deal could be reached this week']);
  });

  it('reads "told jurors the ..." as a report, and no cue\'s particle away from its verb ("told the BBC that reporters ...")', () => {
    const text = 'Judge Helen Marsden told jurors the trial was expected to last two weeks. ' +
      'Rajesh Venkataraman told the BBC that reporters had been barred. Ann Lee told the BBC that the firm would hire staff.';
    expect(said(text, 'en', [person('Helen Marsden'), person('Rajesh Venkataraman'), org('BBC'), person('Ann Lee')])).toEqual([
      'indirect | Helen Marsden |  | the trial was expected to last two weeks',
      'indirect | Rajesh Venkataraman |  | reporters had been barred',
      'indirect | Ann Lee |  | the firm would hire staff',
    ]);
  });

  it('reads "X accused Y of "..."" as X quoted, and "guards accused of taking bribes" as no attribution', () => {
    const text = 'Péter Magyar, leader of the opposition, accused the government of "tying Hungary to the Kremlin for fifty years". ' +
      'In Serbia, police said they had detained nine suspects, including two border guards accused of taking bribes.';
    expect(said(text, 'en', [person('Péter Magyar'), place('Hungary'), org('Kremlin'), place('Serbia')])).toEqual([
      'direct | Péter Magyar |  | tying Hungary to the Kremlin for fifty years',
      'indirect | - |  | they had detained nine suspects, including two border guards accused of taking bribes',
    ]);
  });

  it('reads "The Tasnim news agency, which ..., reported that" as the agency', () => {
    const text = 'The Tasnim news agency, which is close to the Revolutionary Guards, reported that the next round could be held in Rome.';
    expect(said(text, 'en', [org('Tasnim News Agency', 'Tasnim'), org('Revolutionary Guards'), place('Rome')])).toEqual([
      'indirect | Tasnim News Agency |  | the next round could be held in Rome',
    ]);
  });

  it('reads "X, 52, told Reuters that" and "X, the sister of Y, said that" as X', () => {
    const text = 'In Dundgovi, herder Tsedevdorjiin Oyunchimeg, 52, told Reuters that her family had lost 300 goats. ' +
      'Kim Yo Jong, the powerful sister of leader Kim Jong Un, said that talks were over.';
    expect(said(text, 'en', [place('Dundgovi'), person('Tsedevdorjiin Oyunchimeg'), org('Reuters'), person('Kim Yo Jong'), person('Kim Jong Un')])).toEqual([
      'indirect | Tsedevdorjiin Oyunchimeg |  | her family had lost 300 goats',
      'indirect | Kim Yo Jong |  | talks were over',
    ]);
  });

  it('reads "..., the Unite union said on Tuesday" as Unite', () => {
    const text = 'Dock workers will stage an eight-day walkout from 3 November, the Unite union said on Tuesday.';
    expect(said(text, 'en', [org('Unite')])).toEqual(['indirect | Unite |  | Dock workers will stage an eight-day walkout from 3 November']);
  });
});

describe('statements (en): a form of address', () => {
  it('reads "According to Ms del Castillo" as the person so addressed', () => {
    const text = 'Sofía del Castillo, a retail analyst, said the chain had struggled. According to Ms del Castillo, the market has shrunk.';
    expect(said(text, 'en', [person('Sofía del Castillo', 'del Castillo')])).toEqual([
      'indirect | Sofía del Castillo |  | the chain had struggled',
      'indirect | Sofía del Castillo |  | the market has shrunk',
    ]);
  });
});

describe('statements (en): organizations described by a noun', () => {
  it('reads "according to the EU police agency" as the agency that spoke, not the EU, and "police said" as nobody named', () => {
    const text =
      'Europol said on Wednesday that 31 people were arrested.\n\n' +
      'The raids took place at dawn, according to the EU police agency, which is based in The Hague.\n\n' +
      'In Serbia, police said they had detained nine suspects.';
    expect(said(text, 'en', [org('Europol'), org('European Union', 'EU'), place('The Hague'), place('Serbia')])).toEqual([
      'indirect | Europol |  | 31 people were arrested',
      'indirect | Europol |  | The raids took place at dawn',
      'indirect | - |  | they had detained nine suspects',
    ]);
  });

  it('reads a title opening the sentence as the subject of its participle\'s cue', () => {
    const text = 'The Transport Secretary, Heidi Alexander, visited Dover on Monday. The minister defended the decision in a statement, saying the levy was fair.';
    expect(said(text, 'en', [person('Heidi Alexander'), place('Dover')])).toEqual(['indirect | Heidi Alexander |  | the levy was fair']);
  });

  it('reads "The city of Barre said" as the town speaking as its government', () => {
    expect(said('The city of Barre said it was investigating.', 'en', [place('Barre')])).toEqual(['indirect | Barre |  | it was investigating']);
  });

  it('reads a place that locates the place before it as no subject', () => {
    const text = 'Drivers at a truck stop near Ashford, Kent, said they feared the increase would hit wages.';
    expect(said(text, 'en', [place('Ashford'), place('Kent')])).toEqual(['indirect | - |  | they feared the increase would hit wages']);
  });

  it('reads a number\'s possessive as no opening quotation mark', () => {
    const text = "He told BBC Radio 4's Today programme that the plan was sound. Reuters' analysis and the Financial Times' report agree.";
    expect(said(text, 'en', [org('BBC Radio 4', "BBC Radio 4's"), org('Reuters', "Reuters'"), org('Financial Times', "Financial Times'")])).toEqual([]);
  });

  it('reads people at a body\'s office in a place as the body', () => {
    const text = 'Forecasters at the NWS office in Burlington said thunderstorms had created a dangerous situation.';
    expect(said(text, 'en', [org('NWS'), place('Burlington')])).toEqual(['indirect | NWS |  | thunderstorms had created a dangerous situation']);
  });

  it('reads past "not" between the subject and a coordinated cue\'s first verb', () => {
    const text = 'Ellen Whitaker would not confirm the report but said the agency was busy.';
    expect(said(text, 'en', [person('Ellen Whitaker')])).toEqual(['indirect | Ellen Whitaker |  | the agency was busy']);
  });

  it('reads the body in apposition to an owner\'s noun with a word for its field as the subject', () => {
    const text = "Japan's racing authority, the Japan Racing Association (JRA), said it would cooperate with the inquiry.";
    expect(said(text, 'en', [place('Japan', "Japan's"), org('Japan Racing Association', 'JRA')])).toEqual(['indirect | Japan Racing Association |  | it would cooperate with the inquiry']);
  });

  it('reads a person of one body\'s body as the subject, not the body', () => {
    const text = "Professor Anita Kowalski of the University of Sydney's School of Public Health said early survey data suggested fewer teenagers were vaping.";
    expect(said(text, 'en', [person('Anita Kowalski'), org('University of Sydney', "University of Sydney's"), org('School of Public Health')])).toEqual([
      'indirect | Anita Kowalski |  | early survey data suggested fewer teenagers were vaping',
    ]);
  });

  it('reads a body\'s document in the genitive as the subject: the body named, or by its noun after "the"', () => {
    const text =
      'The National Literacy Trust (NLT) published its figures on Monday. ' +
      "The charity's annual survey of more than 76,000 pupils found that boys were the least likely to read for fun. " +
      "The NLT's survey also found that girls read more often.";
    expect(said(text, 'en', [org('National Literacy Trust', 'NLT', "NLT's")])).toEqual([
      'indirect | National Literacy Trust |  | boys were the least likely to read for fun',
      'indirect | National Literacy Trust |  | girls read more often',
    ]);
  });

  it('reads a description of several words between "a new report from the" and the body\'s name', () => {
    const text = 'Schools removed more than 10,000 books, according to a new report from the free-expression group PEN America.';
    expect(said(text, 'en', [org('PEN America')])).toEqual(['indirect | PEN America |  | Schools removed more than 10,000 books']);
  });
});


describe('statements (en): titles of several words, possessive sources, unnamed sources a medium quotes', () => {
  it('reads "said Ofgem chief executive Jonathan Brearley" as the person after the whole title', () => {
    const text = '"We know this is unwelcome news," said Ofgem chief executive Jonathan Brearley.';
    expect(said(text, 'en', [org('Ofgem'), person('Jonathan Brearley')])).toEqual(['direct | Jonathan Brearley |  | We know this is unwelcome news']);
  });

  it("gives \"according to Spain's weather agency AEMET\" to the agency, not the country", () => {
    const text = "More than 180 litres of rain fell in six hours, according to Spain's State Meteorological Agency.\n\n" +
      "Rivers burst their banks in three provinces, according to Spain's weather agency AEMET.";
    expect(said(text, 'en', [place('Spain'), org('State Meteorological Agency'), org('AEMET')])).toEqual([
      'indirect | State Meteorological Agency |  | More than 180 litres of rain fell in six hours',
      'indirect | AEMET |  | Rivers burst their banks in three provinces',
    ]);
  });

  it('reads a relative clause after a closing source as part of it: "which issued a red warning" is no report', () => {
    const text = 'More rain fell on Tuesday, according to the State Meteorological Agency (AEMET), which issued a red warning.';
    expect(said(text, 'en', [org('State Meteorological Agency', 'AEMET')])).toEqual([
      'indirect | State Meteorological Agency |  | More rain fell on Tuesday',
    ]);
  });

  it('gives "according to officials quoted by El País" no speaker, with the medium as the relay', () => {
    const text = 'According to officials quoted by El País, mobile phone alerts were sent to residents.\n\n' +
      'The alerts were sent three hours late, according to two senior officials cited by Reuters.';
    expect(said(text, 'en', [org('El País'), org('Reuters')])).toEqual([
      'indirect | - | El País | mobile phone alerts were sent to residents',
      'indirect | - | Reuters | The alerts were sent three hours late',
    ]);
  });
});

describe('statements (en): a spokesperson after a quotation, and an adverb between the auxiliary and the verb', () => {
  it('gives "..." a Microsoft spokesperson said" to Microsoft, and "Google, the third-largest player, has long complained that" to Google', () => {
    const text = '"We believe the UK cloud market is dynamic," a Microsoft spokesperson said.\n\n' +
      "Google, the third-largest player, has long complained that Microsoft's licensing terms make it more expensive.";
    expect(said(text, 'en', [org('Microsoft'), org('Google')])).toEqual([
      'direct | Microsoft |  | We believe the UK cloud market is dynamic',
      "indirect | Google |  | Microsoft's licensing terms make it more expensive",
    ]);
  });
});

describe('statements (en): "it" for an organization', () => {
  it('gives ", it said" and "It said" to the organization that spoke before, and "It is said that" to no one', () => {
    const text = 'The Philippine Coast Guard said the vessel was hit twice. One crew member suffered minor injuries, it said. ' +
      'It said the crew was safe. It is said that the shoal is rich in fish.';
    expect(said(text, 'en', [org('Philippine Coast Guard')])).toEqual([
      'indirect | Philippine Coast Guard |  | the vessel was hit twice',
      'indirect | Philippine Coast Guard |  | One crew member suffered minor injuries',
      'indirect | Philippine Coast Guard |  | the crew was safe',
      'indirect | - |  | the shoal is rich in fish',
    ]);
  });
});

describe('statements (en): a bare clause before a coordinated "and that"', () => {
  it('keeps "said it had monitored the drills" before "and that ... "..."", whose quoted piece is direct', () => {
    const text = 'The ministry said it had monitored the drills and that it welcomed "cooperation among democracies".\n\n' +
      'Jane Smith said there were no problems and that work would begin within months.';
    expect(said(text, 'en', [org('ministry'), person('Jane Smith')])).toEqual([
      'indirect | ministry |  | it had monitored the drills',
      'direct | ministry |  | cooperation among democracies',
      'indirect | Jane Smith |  | there were no problems and that work would begin within months',
    ]);
  });
});

describe('statements (en): an apposition that opens with an owner\'s possessive', () => {
  it('gives "Xinhua, China\'s state news agency, said ... "..."" to Xinhua', () => {
    const text = 'Xinhua, China\'s state news agency, said in a commentary that Japan "bears full responsibility" for the row.';
    expect(said(text, 'en', [org('Xinhua'), place('China', "China's"), place('Japan')])).toEqual(['direct | Xinhua |  | bears full responsibility']);
  });
});

describe('statements (en): "the corporation" as the organization named in the sentence', () => {
  it('gives "..., the corporation announced" to the organization the sentence names', () => {
    const text = 'The BBC World Service will close four of its language services, the corporation announced on Tuesday.';
    expect(said(text, 'en', [org('BBC World Service')])).toEqual(['indirect | BBC World Service |  | The BBC World Service will close four of its language services']);
  });
});

describe('statements (en): a participle\'s phrase in apposition', () => {
  it('gives "The Serum Institute, based in Pune, has said it can ..." to the institute', () => {
    const text = 'The Serum Institute, based in the Indian city of Pune, has said it can produce 100 million doses a year.';
    expect(said(text, 'en', [org('Serum Institute'), place('Pune')])).toEqual(['indirect | Serum Institute |  | it can produce 100 million doses a year']);
  });
});

describe('statements (en): an opening participle phrase', () => {
  it('reads "Speaking in Geneva last month, X said ..." as X\'s report, not the phrase', () => {
    const text = 'Speaking in Geneva last month, Jane Smith said at least 24 countries had introduced the vaccine.';
    expect(said(text, 'en', [place('Geneva'), person('Jane Smith')])).toEqual(['indirect | Jane Smith |  | at least 24 countries had introduced the vaccine']);
  });
});

describe('statements (en): a lede\'s "its chief executive", named below by a title of two words', () => {
  it('gives the lede to the chief executive named in full later', () => {
    const text = 'Petronas cuts jobs\n\nPetronas will cut about 5,000 jobs over the next two years, its chief executive said on Tuesday.\n\n' +
      'Chief executive John Smith told reporters that the company must be leaner.';
    expect(said(text, 'en', [org('Petronas'), person('John Smith')])).toEqual([
      'indirect | John Smith |  | Petronas will cut about 5,000 jobs over the next two years',
      'indirect | John Smith |  | the company must be leaner',
    ]);
  });
});

describe('statements (en): closing sources with appositions and relative clauses, and bodies named in lower case', () => {
  it('keeps the main clause before "according to AFP, which cited X, a spokesman for ..." and before "according to Unicef, which has warned that ..."', () => {
    const text = 'At least two soldiers were wounded on Sunday, according to AFP, which cited Abdul Qani, a spokesman for the interior ministry.\n\n' +
      'Children make up almost half of the cases, according to Unicef, which has warned that funding cuts could halt deliveries.';
    expect(said(text, 'en', [org('AFP'), person('Abdul Qani'), org('Unicef')])).toEqual([
      'indirect | Abdul Qani | AFP | At least two soldiers were wounded on Sunday',
      'indirect | Unicef |  | Children make up almost half of the cases',
      'indirect | Unicef |  | funding cuts could halt deliveries',
    ]);
  });

  it('reads "the Nordland police district said" as its police, and "La Libertad\'s regional government said ... It said" as the place', () => {
    const text = 'Nordland Police District said the train had derailed. No one was injured, the Nordland police district said.\n\n' +
      "The collapse happened late on Monday, La Libertad's regional government said in a statement. It said 22 workers were in the tunnel.";
    expect(said(text, 'en', [org('Nordland Police District'), place('Nordland'), place('La Libertad', "La Libertad's")])).toEqual([
      'indirect | Nordland Police District |  | the train had derailed',
      'indirect | Nordland Police District |  | No one was injured',
      'indirect | La Libertad |  | The collapse happened late on Monday',
      'indirect | La Libertad |  | 22 workers were in the tunnel',
    ]);
  });
});

describe('statements (en): "writing ... that" and a quotation after "citing"', () => {
  it('gives "..., writing on Facebook that X "..."" and "..., citing "..."" to the sentence\'s subject', () => {
    const text = 'Anutin Charnvirakul has vowed a tougher line, writing on Facebook that Thailand "will not give up a single square centimetre" of land.\n\n' +
      "Senegal's bonds fell. Moody's cut the country deeper into junk territory in October, citing \"heightened liquidity risks\".";
    expect(said(text, 'en', [person('Anutin Charnvirakul'), place('Thailand'), place('Senegal', "Senegal's"), org("Moody's")])).toEqual([
      'direct | Anutin Charnvirakul |  | will not give up a single square centimetre',
      "direct | Moody's |  | heightened liquidity risks",
    ]);
  });
});

describe('statements (en): the review of stop 25', () => {
  it('reads no noun in -ing as an opening participle, and "It said" as the body the sentence before opens with', () => {
    const text = 'Shelling in Kharkiv killed three civilians, governor Oleh Syniehubov said.\n\n' +
      "Nato said it was monitoring the situation. Russia's defence ministry published a statement on Sunday. It said its forces had shot down 30 drones.";
    expect(said(text, 'en', [place('Kharkiv'), person('Oleh Syniehubov'), org('Nato'), place('Russia', "Russia's")])).toEqual([
      'indirect | Oleh Syniehubov |  | Shelling in Kharkiv killed three civilians',
      'indirect | Nato |  | it was monitoring the situation',
      'indirect | Russia |  | its forces had shot down 30 drones',
    ]);
  });

  it('gives a lede\'s "its chief executive" to no "Chief analyst"', () => {
    const text = 'Unilever cuts jobs\n\nUnilever will cut 7,500 jobs as it separates its ice cream business, its chief executive said on Tuesday.\n\n' +
      'Chief analyst Jane Doe at Jefferies said the plan was credible.';
    expect(said(text, 'en', [org('Unilever'), person('Jane Doe'), org('Jefferies')])).toEqual([
      'indirect | - |  | Unilever will cut 7,500 jobs as it separates its ice cream business',
      'indirect | Jane Doe |  | the plan was credible',
    ]);
  });
});

describe('statements (en): source descriptions after the source, and a relative "that" inside a bare clause', () => {
  it('keeps the report before "according to Gavi, the vaccine alliance that funds it" and "according to PRF figures cited by the newspaper Folha"', () => {
    const text = 'The global stockpile of cholera vaccine is almost empty, according to Gavi, the vaccine alliance that funds it.\n\n' +
      "More than 6,000 people died on Brazil's federal highways last year, according to PRF figures cited by the newspaper Folha.\n\n" +
      'Pierre Poilievre said his party would keep voting against budgets that added to the deficit. Reuters reported in May that the bank had lowered its estimate.';
    expect(said(text, 'en', [org('Gavi'), org('PRF'), place('Brazil', "Brazil's"), org('Folha'), person('Pierre Poilievre'), org('Reuters')])).toEqual([
      'indirect | Gavi |  | The global stockpile of cholera vaccine is almost empty',
      "indirect | PRF | Folha | More than 6,000 people died on Brazil's federal highways last year",
      'indirect | Pierre Poilievre |  | his party would keep voting against budgets that added to the deficit',
      'indirect | Reuters |  | the bank had lowered its estimate',
    ]);
  });
});

describe('statements (en): the titles of other countries\' heads of government', () => {
  it('gives "Ireland\'s taoiseach, Micheál Martin, said" to Martin, not to Ireland', () => {
    const text = '"A deal on youth mobility would be good for both islands," Ireland\'s taoiseach, Micheál Martin, said in Dublin.';
    expect(said(text, 'en', [place('Ireland', "Ireland's"), person('Micheál Martin'), place('Dublin')])).toEqual([
      'direct | Micheál Martin |  | A deal on youth mobility would be good for both islands',
    ]);
  });
});

describe('statements (en): a pronoun after an unnamed spokesperson', () => {
  it('gives "he said" after "A spokesman for the CPT told the BBC" to the body the spokesman spoke for', () => {
    const text = 'Arriva said it would bid. A spokesman for the CPT told the BBC that operators had been given too little detail.\n\n' +
      '"We want this to work," he said.';
    expect(said(text, 'en', [org('Arriva'), org('CPT'), org('BBC')])).toEqual([
      'indirect | Arriva |  | it would bid',
      'indirect | CPT |  | operators had been given too little detail',
      'direct | CPT |  | We want this to work',
    ]);
  });
});

describe('statements (en): coordinated names as the subject', () => {
  it('gives "Both Ukraine and Russia said" to both, not to two names a short form makes one', () => {
    const text = 'Both Ukraine and Russia said the talks had paved the way for a meeting. The Centre for Peace and Justice (CPJ) said the plan was weak.';
    expect(said(text, 'en', [place('Ukraine'), place('Russia'), org('Centre for Peace'), org('Justice')])).toEqual([
      'indirect | Ukraine + Russia |  | the talks had paved the way for a meeting',
      'indirect | Justice |  | the plan was weak',
    ]);
  });

  it('gives "The United States and the European Union said", "Hamas and Israel both said" and "X and Y each said" to both', () => {
    const text = 'The United States and the European Union said the talks were constructive. Hamas and Israel both said they were ready to continue. ' +
      'Siemens and Vestas jointly said the plant would close. Denmark and Norway each said the deal would be signed in May.';
    expect(said(text, 'en', [place('United States'), org('European Union'), org('Hamas'), place('Israel'), org('Siemens'), org('Vestas'), place('Denmark'), place('Norway')])).toEqual([
      'indirect | United States + European Union |  | the talks were constructive',
      'indirect | Hamas + Israel |  | they were ready to continue',
      'indirect | Siemens + Vestas |  | the plant would close',
      'indirect | Denmark + Norway |  | the deal would be signed in May',
    ]);
  });

  it('joins a list of names and names each after its own title, and reads "\'s said" as "has said"', () => {
    const text = 'Ukraine, Poland and the European Union said the strikes were a war crime. ' +
      'Prime Minister Keir Starmer and Chancellor Rachel Reeves said the plan was fair. The company\'s said it will cut 200 jobs.';
    expect(said(text, 'en', [place('Ukraine'), place('Poland'), org('European Union'), person('Keir Starmer'), person('Rachel Reeves')])).toEqual([
      'indirect | Ukraine + Poland + European Union |  | the strikes were a war crime',
      'indirect | Keir Starmer + Rachel Reeves |  | the plan was fair',
      'indirect | - |  | it will cut 200 jobs',
    ]);
  });

  it('reads a first name after a verb as its object, one-word "persons" as a company\'s name, and a name after a preposition as no subject', () => {
    const text = 'Trump met Zelensky and Putin said he was open to talks. Simon and Schuster said it would remain independent. ' +
      'Russia launched a strike on Kharkiv and Ukraine said ten people were killed.';
    expect(said(text, 'en', [person('Trump'), person('Zelensky'), person('Putin'), person('Simon'), person('Schuster'), place('Russia'), place('Kharkiv'), place('Ukraine')])).toEqual([
      'indirect | Putin |  | he was open to talks',
      'indirect | Schuster |  | it would remain independent',
      'indirect | Ukraine |  | ten people were killed',
    ]);
  });
});

describe('statements (en): a wire story\'s dateline', () => {
  it('leaves the dateline out of the lede\'s statement and its medium out of what "the company" points back to', () => {
    const text = 'BOGOTA, March 12 (Reuters) - The opening of the metro will be pushed back by eight months, the city\'s metro company said on Wednesday.\n\n' +
      'Empresa Metro de Bogota (EMB), the city-owned company overseeing the project, said in a statement that operations would begin in 2028.';
    expect(said(text, 'en', [place('Bogota', 'BOGOTA'), org('Reuters'), org('Empresa Metro de Bogota'), org('EMB')])).toEqual([
      'indirect | Empresa Metro de Bogota |  | The opening of the metro will be pushed back by eight months',
      'indirect | Empresa Metro de Bogota |  | operations would begin in 2028',
    ]);
  });
});

describe('statements (en): a closing source before a comparison', () => {
  it('keeps the report before "according to X, up from an initial estimate of ...", but "the county fear they" is a verb', () => {
    const text = "The cost has risen to about 24 trillion pesos, according to Colombia's Ministry of Finance, up from an initial estimate of 13 trillion pesos.\n\n" +
      'District leaders in the east of the county fear they will be left to share the burden.';
    expect(said(text, 'en', [place('Colombia', "Colombia's"), org('Ministry of Finance')])).toEqual([
      'indirect | Ministry of Finance |  | The cost has risen to about 24 trillion pesos',
      'indirect | - |  | they will be left to share the burden',
    ]);
  });

  it('keeps a short report before "according to X, up from the government\'s estimate", "above ..." or "well above ..."', () => {
    const text = 'Unemployment was 2.1%, according to NAV, up from the government\'s estimate of 1.9%.\n\n' +
      'Oil output rose to 1.8 million barrels a day, according to the Offshore Directorate, above its own forecast of 1.7 million.\n\n' +
      'Inflation was 3.1 percent in October, according to Statistics Norway, well above the central bank\'s target of 2 percent.';
    expect(said(text, 'en', [org('NAV'), org('Offshore Directorate'), org('Statistics Norway')])).toEqual([
      'indirect | NAV |  | Unemployment was 2.1%',
      'indirect | Offshore Directorate |  | Oil output rose to 1.8 million barrels a day',
      'indirect | Statistics Norway |  | Inflation was 3.1 percent in October',
    ]);
  });
});

describe('statements (en): a source with a "citing" apposition before its verb', () => {
  it('gives "Reuters, citing X, said" to X via Reuters, and to no one via Reuters for an unnamed source', () => {
    const text = 'Reuters, citing a senior EU diplomat, said the package would be adopted on Friday. Reuters, citing Interfax, said the talks had failed.';
    expect(said(text, 'en', [org('Reuters'), org('EU'), org('Interfax')])).toEqual([
      'indirect | - | Reuters | the package would be adopted on Friday',
      'indirect | Interfax | Reuters | the talks had failed',
    ]);
  });
});

describe('statements (en): "fear" before a clause with an auxiliary', () => {
  it('reads "planners fear Russian forces could ..." as what no one named says, but not "fear the worst"', () => {
    const text = 'Military planners fear Russian forces could try to seal the corridor. Residents fear the worst after the storm.';
    expect(said(text, 'en', [])).toEqual(['indirect | - |  | Russian forces could try to seal the corridor']);
  });
});

describe('statements (en): unnamed sources of a body', () => {
  it('gives "The BBC reported, citing two senior Labour sources, that ..." to no one via the BBC', () => {
    const text = 'The BBC reported, citing two senior Labour sources, that party officials had been aware of the consultancy since the spring.';
    expect(said(text, 'en', [org('BBC'), org('Labour')])).toEqual([
      'indirect | - | BBC | party officials had been aware of the consultancy since the spring',
    ]);
  });
});

describe('statements (en): a time between a subject and its verb', () => {
  it('gives "X last week dismissed ... as "..."" to X', () => {
    const text = 'Brazil\'s Agriculture Minister Carlos Fávaro last week dismissed Europe\'s concerns as "protectionism in disguise".';
    expect(said(text, 'en', [place('Brazil', "Brazil's"), person('Carlos Fávaro'), place('Europe', "Europe's")])).toEqual([
      'direct | Carlos Fávaro |  | protectionism in disguise',
    ]);
  });
});

describe('statements (en): review of stop 27', () => {
  it('gives "The Irish government said" to no one rather than the last government named, but "the group\'s Brazilian office" to the group', () => {
    const text = 'The Scottish government said it would appeal. The Irish government said the rate would stay.\n\n' +
      'Greenpeace said it was considering a legal challenge. A spokesman for the group\'s Brazilian office said the licence "ignores the science".';
    expect(said(text, 'en', [org('Scottish Government', 'Scottish government'), org('Greenpeace')])).toEqual([
      'indirect | Scottish Government |  | it would appeal',
      'indirect | - |  | the rate would stay',
      'indirect | Greenpeace |  | it was considering a legal challenge',
      'direct | Greenpeace |  | ignores the science',
    ]);
  });
});

describe('statements (en): a minister named with the field of the title', () => {
  it('gives the quotation to "Minister for Infrastructure and Housing Andreas Carlson", the field named by no entity', () => {
    const text = '"The queue has become the housing policy," Minister for Infrastructure and Housing Andreas Carlson told Reuters.';
    expect(said(text, 'en', [person('Andreas Carlson'), org('Reuters')])).toEqual(['direct | Andreas Carlson |  | The queue has become the housing policy']);
  });
});

describe('statements (en): "the spokeswoman" after an unnamed spokeswoman for a body', () => {
  it('gives "..., the spokeswoman said" to the body she spoke for before, not to the person named in between', () => {
    const text = 'A spokeswoman for Hartcliffe Living said the company was "deeply disappointed". Councillor Amira Haddad said the scheme was too dense.\n\n' +
      '"Bristol needs these homes now," the spokeswoman said.';
    expect(said(text, 'en', [org('Hartcliffe Living'), person('Amira Haddad')])).toEqual([
      'direct | Hartcliffe Living |  | deeply disappointed',
      'indirect | Amira Haddad |  | the scheme was too dense',
      'direct | Hartcliffe Living |  | Bristol needs these homes now',
    ]);
  });
});

describe('statements (en): spokespeople named with the short form of their body or where they spoke', () => {
  it('gives "A World Health Organization (WHO) spokesman in Geneva said" to the organization, not the city', () => {
    const text = 'A World Health Organization (WHO) spokesman said the risk was low. A Foreign Office spokesman in London said the ministry was "monitoring events".';
    expect(said(text, 'en', [org('World Health Organization'), org('WHO'), org('Foreign Office'), place('London')])).toEqual([
      'indirect | World Health Organization |  | the risk was low',
      'direct | Foreign Office |  | monitoring events',
    ]);
  });
});

describe('statements (en): an adverb between the subject and the verb, and a participle that describes', () => {
  it('finds the subject over "initially" and gives "..., describing it as "..."" to the subject of the clause before', () => {
    const text = 'The National Police Service initially said Chebet had injured himself. ' +
      'Health Secretary Wes Streeting welcomed the trial, describing it as "exactly the kind of science that saves lives".';
    expect(said(text, 'en', [org('National Police Service'), person('Chebet'), person('Wes Streeting')])).toEqual([
      'indirect | National Police Service |  | Chebet had injured himself',
      'direct | Wes Streeting |  | exactly the kind of science that saves lives',
    ]);
  });

  it('takes the person in an apposition after the titles opening it for the subject ("One victim, retired engineer X from Y, said")', () => {
    const text = 'One of the victims, retired engineer Tan Wei Ling from Singapore, said she had invested S$180,000.';
    expect(said(text, 'en', [person('Tan Wei Ling'), place('Singapore')])).toEqual(['indirect | Tan Wei Ling |  | she had invested S$180,000']);
  });
});

describe('statements (en): two people named before by their surnames alone', () => {
  it('gives "Merkel and Sarkozy each said" to both, but "Procter and Gamble said" to one name, as the tagger may split a company', () => {
    const text = 'Angela Merkel met Nicolas Sarkozy in Paris. Merkel and Sarkozy each said the euro would survive. Procter and Gamble said profits fell.';
    expect(said(text, 'en', [person('Angela Merkel', 'Merkel'), person('Nicolas Sarkozy', 'Sarkozy'), place('Paris'), person('Procter'), person('Gamble')])).toEqual([
      'indirect | Angela Merkel + Nicolas Sarkozy |  | the euro would survive',
      'indirect | Gamble |  | profits fell',
    ]);
  });
});

describe('statements (en): "the spokesperson" after "A DfE spokesperson said", and a family name alone', () => {
  it('gives "The spokesperson added" to the body its unnamed spokesperson spoke for, not to the person named before', () => {
    const text = 'The Education Secretary, Bridget Phillipson, told MPs that the government remained on track.\n\n' +
      'A DfE spokesperson said: "Overseas teachers make a valuable contribution."\n\nThe spokesperson added that teachers had received a 4% pay rise.';
    expect(said(text, 'en', [person('Bridget Phillipson'), org('DfE')])).toEqual([
      'indirect | Bridget Phillipson |  | the government remained on track',
      'direct | DfE |  | Overseas teachers make a valuable contribution',
      'indirect | DfE |  | teachers had received a 4% pay rise',
    ]);
  });
});

describe('statements (en): a closing source described by numbers, nouns and a relative clause', () => {
  it('gives the sentence before ", according to two policy advisers who spoke to Reuters ..." to no one named, not the relative clause', () => {
    const text = 'Beijing is also weighing an expansion of vocational training, according to two policy advisers who spoke to Reuters on condition of anonymity because the plans have not been made public.\n\n' +
      'The plan will be delayed, according to three people with knowledge of the talks who asked not to be named.';
    expect(said(text, 'en', [place('Beijing'), org('Reuters')]).map((s) => s.split(' | ').slice(0, 2).concat(s.split(' | ')[3]!).join(' | '))).toEqual([
      'indirect | - | Beijing is also weighing an expansion of vocational training',
      'indirect | - | The plan will be delayed',
    ]);
  });
});

describe('statements (en): a medium reporting what those it cites said', () => {
  it('gives "Reuters reported that ..., citing two people familiar with the count" to no one named via Reuters, and a named source via the medium', () => {
    const text = 'Reuters reported on Wednesday that at least nine letters had been submitted, citing two people familiar with the count. ' +
      'The BBC reported that the plant had closed, citing the Interior Ministry.';
    expect(said(text, 'en', [org('Reuters'), org('BBC'), org('Interior Ministry')])).toEqual([
      'indirect | - | Reuters | at least nine letters had been submitted',
      'indirect | Interior Ministry | BBC | the plant had closed',
    ]);
  });
});

describe('statements (en): the spokesperson of the body named last', () => {
  it('gives "The spokesperson added" to the body of the spokesperson written last, though that one reported nothing', () => {
    const text = 'A Microsoft spokesperson said the company was investigating. An Apple spokesperson confirmed the outage on Tuesday. ' +
      'The spokesperson added that Apple would cooperate with regulators.';
    expect(said(text, 'en', [org('Microsoft'), org('Apple')])).toEqual([
      'indirect | Microsoft |  | the company was investigating',
      'indirect | Apple |  | Apple would cooperate with regulators',
    ]);
  });
});

describe('statements (en): a relay that ends before the name opening the clause', () => {
  it('gives "According to the FT, citing people familiar with the matter, Whitmore did not pay" to no one named via the FT', () => {
    const text = 'According to the Financial Times, citing people familiar with the matter, Whitmore did not pay the ransom.';
    expect(said(text, 'en', [org('Financial Times'), org('Whitmore')])).toEqual(['indirect | - | Financial Times | Whitmore did not pay the ransom']);
  });
});

describe('statements (en): a person with an age in apposition after an opening phrase', () => {
  it('gives "In Belleville, the taxi driver X, 47, said" to X', () => {
    const text = 'In Belleville, the taxi driver Moussa Diakité, 47, said rising rents had pushed his children out of the city.';
    expect(said(text, 'en', [place('Belleville'), person('Moussa Diakité')])).toEqual(['indirect | Moussa Diakité |  | rising rents had pushed his children out of the city']);
  });
});

describe('statements (en): a spokesman named in apposition, and a medium citing a reason', () => {
  it('gives "The spokesman added" to the spokesman named last, and "Amazon reported ..., citing demand" to Amazon', () => {
    const text = 'A Microsoft spokesperson said the outage was fixed. Frank Shaw, a spokesman for Google, said its services were not affected. ' +
      'The spokesman added that no data was lost. Amazon reported that sales rose 10%, citing strong holiday demand.';
    expect(said(text, 'en', [org('Microsoft'), person('Frank Shaw'), org('Google'), org('Amazon')])).toEqual([
      'indirect | Microsoft |  | the outage was fixed',
      'indirect | Frank Shaw |  | its services were not affected',
      'indirect | Frank Shaw |  | no data was lost',
      'indirect | Amazon |  | sales rose 10%',
    ]);
  });
});

describe('statements (en): a report opened by an approximate number, relayed with its source', () => {
  it('reads "About 50,000 people took part, AFP reported, citing X" as X\'s, via AFP, and no opening phrase in "About 50,000"', () => {
    const text = 'About 50,000 people took part, AFP reported, citing the Philippine National Police. Over 500 people were injured, Reuters said.';
    expect(said(text, 'en', [org('AFP'), org('Philippine National Police'), org('Reuters')])).toEqual([
      'indirect | Philippine National Police | AFP | About 50,000 people took part',
      'indirect | Reuters |  | Over 500 people were injured',
    ]);
  });
});

describe('statements (en): a quoted name before its noun in a clause closed by its source', () => {
  it('reads `... under their "one in, one out" pilot scheme, the Home Office said` as the whole clause, and a quoted phrase as the words', () => {
    const text = 'Britain and France have agreed to return more migrants under their "one in, one out" pilot scheme, the Home Office said on Thursday. ' +
      'The country remained "fully committed" to its bid, the Home Office added.';
    expect(said(text, 'en', [place('Britain'), place('France'), org('Home Office')])).toEqual([
      'indirect | Home Office |  | Britain and France have agreed to return more migrants under their "one in, one out" pilot scheme',
      'direct | Home Office |  | fully committed',
    ]);
  });
});

describe('statements (en): "that" after a time, past the usual reach', () => {
  it('reads "X said in a letter to the Treasury on Monday that ..." as X\'s report', () => {
    const text = 'The Building Societies Association said in a letter to the Treasury on Monday that reducing the limit would drain deposits.';
    expect(said(text, 'en', [org('Building Societies Association'), org('Treasury')])).toEqual([
      'indirect | Building Societies Association |  | reducing the limit would drain deposits',
    ]);
  });
});

describe('statements (en): a participle\'s clause after a closing attribution', () => {
  it('reads "..., X said Tuesday, escalating a dispute that began ..." as X\'s report, and "reported, citing Y, that" as Y\'s', () => {
    const text = "China will impose duties of up to 62.4% on pork from the European Union, China's Ministry of Commerce said Tuesday, escalating a trade dispute that began with tariffs. " +
      'However, PA Media reported, citing a senior Arts Council source, that as many as 150 organisations could lose their place.';
    expect(said(text, 'en', [place('China'), org('European Union'), org('Ministry of Commerce'), org('PA Media'), org('Arts Council')])).toEqual([
      'indirect | Ministry of Commerce |  | China will impose duties of up to 62.4% on pork from the European Union',
      'indirect | - | PA Media | as many as 150 organisations could lose their place',
    ]);
  });
});

describe('statements (en): a person closing a sentence whose words a country is said to speak', () => {
  it('gives `Beijing urged Chile to "...", spokesperson Mao Ning said` to Mao Ning', () => {
    const text = 'Beijing urged Chile to "provide a fair business environment" for Chinese companies, foreign ministry spokesperson Mao Ning said at a briefing.';
    expect(said(text, 'en', [place('Beijing'), place('Chile'), person('Mao Ning')])).toEqual(['direct | Mao Ning |  | provide a fair business environment']);
  });
});

describe('statements (en): a lede\'s body named in the sentence after it', () => {
  it('gives "..., the government\'s spending watchdog has warned" to the body the next sentence opens with', () => {
    const text = 'Millions of drivers risk being left behind in the switch to electric cars, the government\'s spending watchdog has warned.\n\n' +
      'The National Audit Office said that only a third of the chargepoints had been approved.';
    expect(said(text, 'en', [org('National Audit Office')])).toEqual([
      'indirect | National Audit Office |  | Millions of drivers risk being left behind in the switch to electric cars',
      'indirect | National Audit Office |  | only a third of the chargepoints had been approved',
    ]);
  });

  it('gives "A seaside council in East Sussex has warned" to the council named after it, and no place\'s farmers to a body', () => {
    const text = 'A seaside council in East Sussex has warned it could be forced to declare itself bankrupt.\n\n' +
      'Hastings Borough Council spent £6.8m on temporary accommodation. Farmers in Kent said prices were too low.';
    expect(said(text, 'en', [place('East Sussex'), org('Hastings Borough Council'), place('Kent')])).toEqual([
      'indirect | Hastings Borough Council |  | it could be forced to declare itself bankrupt',
      'indirect | - |  | prices were too low',
    ]);
  });
});

describe('statements (en): the second review of stop 29', () => {
  it('gives no company after a lede to its noun, and no company\'s or country\'s words to an analyst or another side\'s minister', () => {
    expect(said('The merger would harm competition, the commission said. Microsoft said it would appeal the decision.', 'en', [org('Microsoft')])).toEqual([
      'indirect | - |  | The merger would harm competition',
      'indirect | Microsoft |  | it would appeal the decision',
    ]);
    expect(said('Tesla said deliveries fell 13 percent, Wedbush analyst Dan Ives said in a note.', 'en', [org('Tesla'), org('Wedbush'), person('Dan Ives')])).toEqual([
      'indirect | Tesla |  | deliveries fell 13 percent',
    ]);
    expect(said('Equinor said production would rise next year, chief executive Anders Opedal said.', 'en', [org('Equinor'), person('Anders Opedal')])).toEqual([
      'indirect | Anders Opedal |  | production would rise next year',
    ]);
    expect(said('Germany said the decision was "a mistake", while France welcomed it, Foreign Minister Jean-Noël Barrot said.', 'en', [place('Germany'), place('France'), person('Jean-Noël Barrot')])).toEqual([
      'direct | Germany |  | a mistake',
    ]);
    expect(said('Iran has warned the US against "any adventure", and Israel says it will respond, Prime Minister Benjamin Netanyahu said.', 'en', [place('Iran'), place('US'), place('Israel'), person('Benjamin Netanyahu')])).toEqual([
      'direct | Iran |  | any adventure',
      'indirect | Israel |  | it will respond',
    ]);
  });
});

describe('statements (en): a noun for a body before a relative clause', () => {
  it('gives "The union, which questioned 5,000 nurses, said ..." to the body named before', () => {
    const text = 'Patients are treated in corridors, according to a survey by the Royal College of Nursing. ' +
      'The union, which questioned more than 5,000 nursing staff, said elderly patients were the worst affected.';
    expect(said(text, 'en', [org('Royal College of Nursing')])).toEqual([
      'indirect | Royal College of Nursing |  | Patients are treated in corridors',
      'indirect | Royal College of Nursing |  | elderly patients were the worst affected',
    ]);
  });

  it('reads "X reported, citing the Ministry of A, B and C, that ..." past the commas inside the name', () => {
    const text = 'Yonhap News Agency reported, citing the Ministry of Land, Infrastructure and Transport, that about 140 flights had been rescheduled.';
    expect(said(text, 'en', [org('Yonhap News Agency'), org('Ministry of Land, Infrastructure and Transport')])).toEqual([
      'indirect | Ministry of Land, Infrastructure and Transport | Yonhap News Agency | about 140 flights had been rescheduled',
    ]);
  });

  it('reads "..., farmers and industry groups said" as unnamed speakers closing the sentence', () => {
    expect(said('Growers are cutting planting plans, farmers and industry groups said.', 'en', [])).toEqual([
      'indirect | - |  | Growers are cutting planting plans',
    ]);
  });

  it('takes the name before "in City, Country," as the subject, not the country, and keeps an apposition\'s person', () => {
    const text = "In 2017, the African Court on Human and Peoples' Rights in Arusha, Tanzania, found that Kenya had violated the rights.";
    expect(said(text, 'en', [org("African Court on Human and Peoples' Rights"), place('Arusha'), place('Tanzania'), place('Kenya')])).toEqual([
      "indirect | African Court on Human and Peoples' Rights |  | Kenya had violated the rights",
    ]);
    const teacher = "Megan O'Connor, a teacher from Columbus, Ohio, said she and her husband had planned the trip.";
    expect(said(teacher, 'en', [person("Megan O'Connor"), place('Columbus'), place('Ohio')])).toEqual([
      "indirect | Megan O'Connor |  | she and her husband had planned the trip",
    ]);
  });

  it('takes the organization an apposition names for "X\'s department", and a name described by an irregular participle', () => {
    const text = "A spokesperson for Streeting's department, the Department of Health and Social Care (DHSC), said talks were continuing.";
    expect(said(text, 'en', [person('Wes Streeting', 'Streeting'), org('Department of Health and Social Care', 'DHSC')])).toEqual([
      'indirect | Department of Health and Social Care |  | talks were continuing',
    ]);
    const source = "A source close to Reeves's department, the Treasury, said no decision had been made.";
    expect(said(source, 'en', [person('Rachel Reeves', 'Reeves'), org('Treasury')])).toEqual(['indirect | - |  | no decision had been made']);
    expect(said('The mayor proposed to them that the park be closed at night.', 'en', [])).toEqual(['indirect | - |  | the park be closed at night']);
    const merck = 'The warning came hours after US drugmaker Merck & Co, known as MSD outside North America, confirmed it had scrapped plans.';
    expect(said(merck, 'en', [org('Merck & Co'), place('US'), place('North America')])).toEqual([
      'indirect | Merck & Co |  | it had scrapped plans',
    ]);
  });

  it('reads "a spokesman for the company" and "a company spokesman" as the company in question', () => {
    const text = 'ESB Networks said the damage was significant.\n\n"Our crews will be out at first light," a spokesman for the company told RTÉ. "We ask for patience," a company spokesman said.';
    expect(said(text, 'en', [org('ESB Networks'), org('RTÉ')])).toEqual([
      'indirect | ESB Networks |  | the damage was significant',
      'direct | ESB Networks |  | Our crews will be out at first light',
      'direct | ESB Networks |  | We ask for patience',
    ]);
  });

  it('reads "According to Superintendent X", "the PA news agency reported, citing Y" and "RTÉ understands that"', () => {
    expect(said('According to Superintendent Mary Walsh, several roads were impassable.', 'en', [person('Mary Walsh')])).toEqual([
      'indirect | Mary Walsh |  | several roads were impassable',
    ]);
    expect(said('Cars were trapped near Kendal, the PA news agency reported, citing Cumbria Police.', 'en', [place('Kendal'), org('PA'), org('Cumbria Police')])).toEqual([
      'indirect | Cumbria Police | PA | Cars were trapped near Kendal',
    ]);
    expect(said('RTÉ understands that ministers will consider a support scheme.', 'en', [org('RTÉ')])).toEqual([
      'indirect | RTÉ |  | ministers will consider a support scheme',
    ]);
    expect(said('Every farmer who understands that the soil is exhausted will welcome the change, Hansen said.', 'en', [person('Hansen')])).toEqual([
      'indirect | Hansen |  | Every farmer who understands that the soil is exhausted will welcome the change',
    ]);
    expect(said("According to President Trump's lawyers, the case is weak.", 'en', [person('Donald Trump', 'Trump', "Trump's")])).toEqual(['indirect | - |  | the case is weak']);
  });

  it('reads a cue that is also a noun at the end of a prepositional phrase as the noun, not before its clause', () => {
    const text = 'Hannah Gurga said insurers paid out a record sum in weather-related home claims last year, and warned that the bill would keep rising.';
    expect(said(text, 'en', [person('Hannah Gurga')])).toEqual([
      'indirect | Hannah Gurga |  | insurers paid out a record sum in weather-related home claims last year',
      'indirect | Hannah Gurga |  | the bill would keep rising',
    ]);
    expect(said('District leaders in the east of the county fear they will be left to share the burden.', 'en', [])).toEqual([
      'indirect | - |  | they will be left to share the burden',
    ]);
  });
});

describe('statements (en): the read batches of stop 32', () => {
  it('reads "said in a statement to the Oslo Stock Exchange that" past the name, and "Congo\'s government says" as the country\'s', () => {
    const text =
      "Norway's Mowi, the world's largest salmon farmer, said in a statement to the Oslo Stock Exchange that two of its sites had been hit.\n\n" +
      "Congo's government says neighbouring Rwanda is backing the rebels.";
    expect(said(text, 'en', [place('Norway', "Norway's"), org('Mowi'), org('Oslo Stock Exchange'), place('Congo', "Congo's"), place('Rwanda')])).toEqual([
      'indirect | Mowi |  | two of its sites had been hit',
      'indirect | Congo |  | neighbouring Rwanda is backing the rebels',
    ]);
  });

  it('reads "The Fianna Fáil TD said" as the TD named before', () => {
    const text = 'The minister, James Browne, called the find "a remarkable window into our past". The Fianna Fáil TD said his department would fund the work.';
    expect(said(text, 'en', [person('James Browne'), org('Fianna Fáil')])).toEqual([
      'direct | James Browne |  | a remarkable window into our past',
      'indirect | James Browne |  | his department would fund the work',
    ]);
  });

  it('keeps the report before a relative clause that carries a quotation', () => {
    const text = 'Dmitry Peskov told reporters in Moscow that Russia regretted the decision, which he called "unfriendly".';
    expect(said(text, 'en', [person('Dmitry Peskov'), place('Moscow'), place('Russia')])).toEqual([
      'indirect | Dmitry Peskov |  | Russia regretted the decision',
      'direct | Dmitry Peskov |  | unfriendly',
    ]);
  });

  it('reads the subject of a clause opened by "after" as its speaker, which a closing source relays', () => {
    const text = 'The launch came a week after the National Intelligence Service told lawmakers that Pyongyang was preparing for one, according to Yonhap.';
    expect(said(text, 'en', [org('National Intelligence Service'), place('Pyongyang'), org('Yonhap')])).toEqual([
      'indirect | National Intelligence Service | Yonhap | Pyongyang was preparing for one',
    ]);
  });
});

describe('statements (en): the review of stop 32', () => {
  it('gives no place opening a sentence after its people the words, and keeps a quotation inside the subject whole', () => {
    expect(said('Farmers in Wales in March said the new scheme would cost them dearly.', 'en', [place('Wales')])).toEqual([
      'indirect | - |  | the new scheme would cost them dearly',
    ]);
    expect(said('The minister said the bill, which critics call "draconian", would pass next week.', 'en', [])).toEqual([
      'direct | - |  | draconian',
    ]);
    expect(said('She said both the chief executive and "several senior managers" were aware of it.', 'en', [])).toEqual([
      'direct | - |  | several senior managers',
    ]);
    expect(said('The minister spoke during a visit to a plant owned by Tata Steel that employs 4,000 people.', 'en', [org('Tata Steel')])).toEqual([]);
  });
});


describe('statements (en): the English articles of stop 32', () => {
  it('reads "told detectives he", "told RTÉ radio she" and a report whose "that" is a determiner', () => {
    const text =
      'Declan Moriarty told detectives he had only wanted to frighten his neighbour.\n\n' +
      'Jennifer Carroll MacNeill told RTÉ radio she had asked the HSE for a plan.\n\n' +
      'Niamh Brennan said she had found no evidence to support that account.';
    expect(said(text, 'en', [person('Declan Moriarty'), person('Jennifer Carroll MacNeill'), org('RTÉ'), org('HSE'), person('Niamh Brennan')])).toEqual([
      'indirect | Declan Moriarty |  | he had only wanted to frighten his neighbour',
      'indirect | Jennifer Carroll MacNeill |  | she had asked the HSE for a plan',
      'indirect | Niamh Brennan |  | she had found no evidence to support that account',
    ]);
  });
});

describe('statements (en): a person located by a place and its county, each set off by commas', () => {
  it('gives "X, from Newcastle West, Co Limerick, said" to X', () => {
    const text = "Mary O'Connell, from Newcastle West, Co Limerick, said her father spent 52 hours on a trolley.";
    expect(said(text, 'en', [person("Mary O'Connell"), place('Newcastle West'), place('County Limerick', 'Co Limerick')])).toEqual([
      "indirect | Mary O'Connell |  | her father spent 52 hours on a trolley",
    ]);
  });
});

describe('statements (en): the English articles of stop 33', () => {
  it('reads no clause into a place where one was told, and reaches "that" past it', () => {
    const text =
      '"We are building a fist," Defence Minister Wladyslaw Kosiniak-Kamysz told a signing ceremony at the army\'s training centre in Warsaw.\n\n' +
      'Friedrich Merz warned the rebels in a closed-door meeting on Tuesday that a defeat could bring down the government.';
    expect(said(text, 'en', [person('Wladyslaw Kosiniak-Kamysz'), place('Warsaw'), person('Friedrich Merz')])).toEqual([
      'direct | Wladyslaw Kosiniak-Kamysz |  | We are building a fist',
      'indirect | Friedrich Merz |  | a defeat could bring down the government',
    ]);
    // "that" after where one was told opens the report (a helper's probes found it lost).
    expect(said("William Ruto told a signing ceremony at the army's training centre that peace was within reach.", 'en', [person('William Ruto')])).toEqual([
      'indirect | William Ruto |  | peace was within reach',
    ]);
  });

  it('gives a participle\'s report to the company a country\'s genitive opens the sentence with, not the country', () => {
    const text = "China's Tianqi Lithium has opposed the deal, arguing it should have been put to a shareholder vote.\n\nNorway has opposed the plan, arguing it was too costly.";
    expect(said(text, 'en', [place('China', "China's"), org('Tianqi Lithium'), place('Norway')])).toEqual([
      'indirect | Tianqi Lithium |  | it should have been put to a shareholder vote',
      'indirect | Norway |  | it was too costly',
    ]);
  });
  it('gives a surname opening with a capitalised particle to the person named in full, and reads no clause in "said it again"', () => {
    const text = 'Harmen van Wijnen, the chairman of ABP, spoke on Monday.\n\nVan Wijnen said the fund was sound. He said it again on Tuesday.';
    expect(said(text, 'en', [person('Harmen van Wijnen', 'Van Wijnen'), org('ABP')])).toEqual(['indirect | Harmen van Wijnen |  | the fund was sound']);
  });
  it('leaves a report to its speaker when the body it quotes is named by no body of the article, and takes "the mining giant" for the company', () => {
    const text =
      'Harmen van Wijnen, the chairman of ABP, spoke on Monday. Van Wijnen said the board had concluded last week that testing had not been completed.\n\n' +
      'BHP will keep its nickel operations shut until at least 2028, the mining giant has confirmed.';
    expect(said(text, 'en', [person('Harmen van Wijnen', 'Van Wijnen'), org('ABP'), org('BHP')])).toEqual([
      'indirect | Harmen van Wijnen |  | the board had concluded last week that testing had not been completed',
      'indirect | BHP |  | BHP will keep its nickel operations shut until at least 2028',
    ]);
  });
  it('gives a quotation to the person a description of a few words introduces after it, and to a party\'s MP, not the party', () => {
    const text =
      '"The gauge was showing more than the tanks contained," KNKT technician Ardi Prasetyo told a news conference.\n\n' +
      '"We are disappointed, but we are not going away," Xlinks founder and chief executive Simon Morrish said in a statement.\n\n' +
      '"We are sleepwalking towards a cliff edge," said the committee\'s chair, Liberal Democrat MP Alistair Carmichael.';
    expect(said(text, 'en', [org('KNKT'), person('Ardi Prasetyo'), org('Xlinks'), person('Simon Morrish'), org('Liberal Democrats', 'Liberal Democrat'), person('Alistair Carmichael')])).toEqual([
      'direct | Ardi Prasetyo |  | The gauge was showing more than the tanks contained',
      'direct | Simon Morrish |  | We are disappointed, but we are not going away',
      'direct | Alistair Carmichael |  | We are sleepwalking towards a cliff edge',
    ]);
  });
  it('gives what "a <body> official" said to the body, also where the official spoke', () => {
    const text = 'A DoE official said the audit would start next week.\n\nA Powergrid official in Jaipur, who did not want to be named, said work had been held up.\n\nAn official said the plan was sound.';
    expect(said(text, 'en', [org('DoE'), org('Powergrid'), place('Jaipur')])).toEqual([
      'indirect | DoE |  | the audit would start next week',
      'indirect | Powergrid |  | work had been held up',
      'indirect | - |  | the plan was sound',
    ]);
  });
  it('takes the person in an apposition who sits in a body with its short form, after a description', () => {
    const text =
      'Leader of the opposition in the assembly, V D Satheesan of the Congress, alleged that the government had been slow.\n\n' +
      'The rapporteur, Deputy Jim Doe of the Liberal Party (LP), said the plan was sound.';
    expect(said(text, 'en', [person('V D Satheesan'), org('Indian National Congress', 'Congress'), person('Jim Doe'), org('Liberal Party', 'LP')])).toEqual([
      'indirect | V D Satheesan |  | the government had been slow',
      'indirect | Jim Doe |  | the plan was sound',
    ]);
  });
  it('gives a report to the person of a body named with an adjective and its short form, also after an opening phrase', () => {
    const text =
      'In Seville, mayor José Luis Sanz of the conservative People\'s Party (PP) said the city would extend the opening hours of municipal pools.\n\n' +
      'Outside the court, Siobhán Cronin of the Save Bantry Bay campaign group said the decision vindicated years of work.\n\n' +
      'Strikers gathered outside the mine\'s gates, union leader Marcela Contreras said.';
    expect(said(text, 'en', [place('Seville'), person('José Luis Sanz'), org("People's Party", 'PP'), person('Siobhán Cronin'), org('Save Bantry Bay'), person('Marcela Contreras')])).toEqual([
      'indirect | José Luis Sanz |  | the city would extend the opening hours of municipal pools',
      'indirect | Siobhán Cronin |  | the decision vindicated years of work',
      'indirect | Marcela Contreras |  | Strikers gathered outside the mine\'s gates',
    ]);
  });
  it('gives what "the report" says to the body last named, and keeps a ruling inside a person\'s report the person\'s', () => {
    const text =
      'The Air Accidents Investigation Branch published its findings on Monday. The report notes that the approach to the runway crosses open water.\n\n' +
      'Senator Paloma Valencia said the ruling confirmed that the peace deal guaranteed impunity.';
    expect(said(text, 'en', [org('Air Accidents Investigation Branch'), person('Paloma Valencia')])).toEqual([
      'indirect | Air Accidents Investigation Branch |  | the approach to the runway crosses open water',
      'indirect | Paloma Valencia |  | the ruling confirmed that the peace deal guaranteed impunity',
    ]);
  });
  it('gives a quotation an unnamed spokesperson attributes to the organization opening its sentence, or the one before', () => {
    const text =
      'Hungary fined the channel.\n\nThe European Commission is "following the case closely", a spokesperson said in Brussels.\n\n' +
      'Ofwat confirmed it had opened an inquiry. "We will publish our findings," a spokesperson said.';
    expect(said(text, 'en', [place('Hungary'), org('European Commission'), place('Brussels'), org('Ofwat')])).toEqual([
      'direct | European Commission |  | following the case closely',
      'indirect | Ofwat |  | it had opened an inquiry',
      'direct | Ofwat |  | We will publish our findings',
    ]);
  });
});

describe('statements (en): stop 34', () => {
  it('finds the person of "X of Y said" after a participle\'s opening phrase and a title, and after "SC"', () => {
    const text =
      'Speaking outside the court, Detective Chief Superintendent Liam Geraghty of the Special Detective Unit said the case showed the group remained intent on violence.\n\n' +
      'Counsel for Brennan, Niamh Ní Bhriain SC, had told the court that her client had no previous convictions.';
    expect(said(text, 'en', [person('Liam Geraghty'), org('Special Detective Unit'), person('Brennan'), person('Niamh Ní Bhriain')])).toEqual([
      'indirect | Liam Geraghty |  | the case showed the group remained intent on violence',
      'indirect | Niamh Ní Bhriain |  | her client had no previous convictions',
    ]);
  });
  it('resolves "the judge" to a justice and "According to the minister" to a secretary named before', () => {
    const text =
      '"This verdict shows the vital work of our police," Home Secretary Shabana Mahmood said. According to the minister, the government will set out new powers.\n\n' +
      'Mr Justice Edward Lindsay remanded Rahimi in custody. "You should expect a very substantial sentence," the judge told him.';
    expect(said(text, 'en', [person('Shabana Mahmood'), person('Edward Lindsay'), person('Hamza Rahimi', 'Rahimi')])).toEqual([
      'direct | Shabana Mahmood |  | This verdict shows the vital work of our police',
      'indirect | Shabana Mahmood |  | the government will set out new powers',
      'direct | Edward Lindsay |  | You should expect a very substantial sentence',
    ]);
  });
  it('reads a person in apposition past a comma inside a body\'s name, and an unnamed spokesperson after a body and its short form', () => {
    const text =
      "Sunita Tamang, a spokeswoman for Nepal's Ministry of Energy, Water Resources and Irrigation, said the government planned similar work next year.\n\n" +
      'The Trade Remedies Authority (TRA) confirmed it had opened a review. A spokesperson said the authority would report to ministers by July.';
    const ministry = org('Ministry of Energy, Water Resources and Irrigation');
    expect(said(text, 'en', [person('Sunita Tamang'), place('Nepal'), ministry, org('Trade Remedies Authority', 'TRA')])).toEqual([
      'indirect | Sunita Tamang |  | the government planned similar work next year',
      'indirect | Trade Remedies Authority |  | it had opened a review',
      'indirect | Trade Remedies Authority |  | the authority would report to ministers by July',
    ]);
  });
  it('gives what an unnamed official at a body said to the body, and a magazine\'s report to it', () => {
    const text =
      'But an official at the National Iranian Oil Company, speaking on condition of anonymity, told Reuters that buyers were demanding steeper discounts.\n\n' +
      'Der Spiegel magazine reported that the information had been passed on by the FBI.\n\n' +
      'An official in the capital said the talks would resume.';
    expect(said(text, 'en', [org('National Iranian Oil Company'), org('Reuters'), org('Der Spiegel'), org('FBI')])).toEqual([
      'indirect | National Iranian Oil Company |  | buyers were demanding steeper discounts',
      'indirect | Der Spiegel |  | the information had been passed on by the FBI',
      'indirect | - |  | the talks would resume',
    ]);
  });
  it('reads a cue that is also a noun as one in a list or before a preposition, and a clause after the one spoken to', () => {
    const text =
      'Vikram Chouhan told TOI that the agency had recovered chemicals, electric detonators and handwritten notes on assembling explosives.\n\n' +
      'At a plea hearing in May, David Marchetti told the court his client had renounced his views.\n\n' +
      'The trial will resume on Monday, David Marchetti told the Irish Times newspaper.';
    expect(said(text, 'en', [person('Vikram Chouhan'), org('TOI'), person('David Marchetti'), org('Irish Times')])).toEqual([
      'indirect | Vikram Chouhan |  | the agency had recovered chemicals, electric detonators and handwritten notes on assembling explosives',
      'indirect | David Marchetti |  | his client had renounced his views',
      'indirect | David Marchetti |  | The trial will resume on Monday',
    ]);
  });
  it('closes a report at "said the people, who asked not to be identified"', () => {
    const text = "BBT SE will present the revised budget to its board next week, said the people, who asked not to be identified because the figures aren't yet public.";
    expect(said(text, 'en', [org('BBT SE')])).toEqual([
      'indirect | - |  | BBT SE will present the revised budget to its board next week',
    ]);
  });
  it('takes "the trade body, which represents A, B and C," for the body named before, and a person past a title\'s list of fields', () => {
    const text =
      'Fires reached a record, according to the Environmental Services Association (ESA). The trade body, which represents firms such as Biffa, Veolia and Suez, said that the true figure was likely to be far higher.\n\n' +
      "Darragh O'Brien, the Fianna Fáil Minister for Climate, Energy and the Environment, said in a statement that the government would review the fee.";
    const named = [org('Environmental Services Association', 'ESA'), org('Biffa'), org('Veolia'), org('Suez'), person("Darragh O'Brien"), org('Fianna Fáil')];
    expect(said(text, 'en', named)).toEqual([
      'indirect | Environmental Services Association |  | Fires reached a record',
      'indirect | Environmental Services Association |  | the true figure was likely to be far higher',
      "indirect | Darragh O'Brien |  | the government would review the fee",
    ]);
  });
  it('ends a report before ", and he has ..." and gives "where he said" to the title\'s holder opening the sentence', () => {
    const text =
      'Trump has repeatedly said that the United States needs Greenland for national security reasons, and he has declined to rule out the use of force.\n\n' +
      'Vice President JD Vance visited the Pituffik Space Base in northern Greenland last year, where he said that Denmark had not done a good job.';
    expect(said(text, 'en', [person('Donald Trump', 'Trump'), place('United States'), place('Greenland'), person('JD Vance'), place('Denmark')])).toEqual([
      'indirect | Donald Trump |  | the United States needs Greenland for national security reasons',
      'indirect | JD Vance |  | Denmark had not done a good job',
    ]);
  });
  it('gives what scientists at a body where it sits warned to the body', () => {
    const text = 'Scientists at the Norwegian Polar Institute in Tromsø have long warned that boats add to the stress on wildlife.';
    expect(said(text, 'en', [org('Norwegian Polar Institute'), place('Tromsø')])).toEqual([
      'indirect | Norwegian Polar Institute |  | boats add to the stress on wildlife',
    ]);
  });
  it('resolves "the PM" to the prime minister named as "PM Modi"', () => {
    const text = 'He was received by President Droupadi Murmu and PM Modi.\n\n"Our partnership rests on shared values," the PM said in his press statement.';
    expect(said(text, 'en', [person('Droupadi Murmu'), person('Narendra Modi', 'Modi')])).toEqual([
      'direct | Narendra Modi |  | Our partnership rests on shared values',
    ]);
  });
  it('gives what a spokesperson for a place that stands for its office said to the place', () => {
    const text = 'A spokesperson for Lambeth Palace said a timetable for the transfer would be presented in the autumn.';
    expect(said(text, 'en', [place('Lambeth Palace')])).toEqual([
      'indirect | Lambeth Palace |  | a timetable for the transfer would be presented in the autumn',
    ]);
  });
  it('reads "according to a Bloomberg estimate" as a source, and "X, part of Y," as X described', () => {
    const text =
      'About 340,000 barrels a day of capacity lies within 50 kilometers of the fire, according to a Bloomberg estimate based on company data.\n\n' +
      "The port's operator, Felixstowe Dock and Railway Company, part of Hong Kong-based CK Hutchison Holdings, said it was disappointed.";
    expect(said(text, 'en', [org('Bloomberg'), org('Felixstowe Dock and Railway Company'), org('CK Hutchison Holdings'), place('Hong Kong')])).toEqual([
      'indirect | Bloomberg |  | About 340,000 barrels a day of capacity lies within 50 kilometers of the fire',
      'indirect | Felixstowe Dock and Railway Company |  | it was disappointed',
    ]);
  });
  it('keeps a writer the speaker before "according to" a medium, and reads a person\'s prepositional apposition and a clause after "told reporters"', () => {
    const text =
      '"We regret the error," Jensen wrote in an email, according to the Guardian.\n\n' +
      "Michael O'Higgins SC, for the accused, told the court the evidence was weak.\n\n" +
      'Tom Clarke, of Trinity College, Dublin, said the study was flawed.\n\n' +
      'At a press conference in Berlin on Friday, Olaf Scholz told reporters the coalition would survive.';
    const named = [person('Anne Jensen', 'Jensen'), org('The Guardian', 'Guardian'), person("Michael O'Higgins"), person('Tom Clarke'), org('Trinity College'), place('Dublin'), place('Berlin'), person('Olaf Scholz')];
    expect(said(text, 'en', named)).toEqual([
      'direct | Anne Jensen | The Guardian | We regret the error',
      "indirect | Michael O'Higgins |  | the evidence was weak",
      'indirect | Tom Clarke |  | the study was flawed',
      'indirect | Olaf Scholz |  | the coalition would survive',
    ]);
  });
});

describe('statements (en): a source named by a noun after a participle and "by", and an opening source with a phrase of its own', () => {
  it('gives "according to figures compiled by the association" to the association, and reads the clause after a long opening source', () => {
    const text = 'The Association of Healthcare Providers (AHP) surveyed hospitals. Insurers are slow, according to figures compiled by the association.\n\n' +
      'According to data compiled by the association from 42 member hospitals in the city, only 38% of approvals arrived on time.';
    expect(said(text, 'en', [org('Association of Healthcare Providers', 'AHP')])).toEqual([
      'indirect | Association of Healthcare Providers |  | Insurers are slow',
      'indirect | Association of Healthcare Providers |  | only 38% of approvals arrived on time',
    ]);
  });
});

describe('statements (en): a cue word read as a noun, a share after "about", and an opening place with its region', () => {
  it('reads "warned in a note that", "said about a quarter of", and "In Keswick, in Cumbria, hotelier X said"', () => {
    const text = 'Analysts at Moody\'s warned in a note that a failure at Thames could raise borrowing costs.\n\n' +
      'Amnesty director Irungu Houghton said the ruling should serve as a warning that conservation cannot be a pretext.\n\n' +
      'In Keswick, in Cumbria, hotelier Priya Raman said about a quarter of her guests arrived by train.';
    expect(said(text, 'en', [org("Moody's"), org('Thames'), org('Amnesty'), person('Irungu Houghton'), place('Keswick'), place('Cumbria'), person('Priya Raman')])).toEqual([
      "indirect | Moody's |  | a failure at Thames could raise borrowing costs",
      'indirect | Irungu Houghton |  | the ruling should serve as a warning that conservation cannot be a pretext',
      'indirect | Priya Raman |  | about a quarter of her guests arrived by train',
    ]);
  });
});

describe('statements (en): an unnamed group located in places', () => {
  it('gives "commentators in Amsterdam and Rotterdam said" to no one, and "Ukraine said" after a strike on a city to Ukraine', () => {
    const text = 'Political commentators in Amsterdam and Rotterdam said the process could still take months.\n\n' +
      'Russia launched a strike on Kharkiv and Ukraine said three people had been killed.';
    expect(said(text, 'en', [place('Amsterdam'), place('Rotterdam'), place('Russia'), place('Kharkiv'), place('Ukraine')])).toEqual([
      'indirect | - |  | the process could still take months',
      'indirect | Ukraine |  | three people had been killed',
    ]);
  });
});

describe('statements (en): a name in an adjective that locates the speaker', () => {
  it('gives "said Pune-based activist Smita Lokhande" to her and "the New York-based Committee to Protect Journalists said" to the committee', () => {
    const text = '"Undertrials make up most of the inmates," said Pune-based prison reform activist Smita Lokhande.\n\n' +
      'The New York-based Committee to Protect Journalists said China remained the worst jailer.';
    expect(said(text, 'en', [place('Pune'), person('Smita Lokhande'), place('New York'), org('Committee to Protect Journalists'), place('China')])).toEqual([
      'direct | Smita Lokhande |  | Undertrials make up most of the inmates',
      'indirect | Committee to Protect Journalists |  | China remained the worst jailer',
    ]);
  });
});

describe('statements (en): a source inside the sentence, then a comment on the report', () => {
  it('reads the clause before ", according to X, but ..." and ", according to X, outpacing ..."', () => {
    const text = 'Food prices in Germany rose 3.9% in September, according to the Federal Statistical Office, outpacing overall inflation.\n\n' +
      'Inflation slowed to 33 percent in September, according to the Turkish Statistical Institute (TurkStat), but food prices kept rising.';
    expect(said(text, 'en', [place('Germany'), org('Federal Statistical Office'), org('Turkish Statistical Institute', 'TurkStat')])).toEqual([
      'indirect | Federal Statistical Office |  | Food prices in Germany rose 3.9% in September',
      'indirect | Turkish Statistical Institute |  | Inflation slowed to 33 percent in September',
    ]);
  });
});

describe('statements (en): a title with its field before the holder and the holder\'s party', () => {
  it('gives "Leader of the opposition in the assembly X of the BJP said" to X', () => {
    const text = 'Leader of the opposition in the assembly Suvendu Adhikari of the BJP said his party had nothing to fear.';
    expect(said(text, 'en', [person('Suvendu Adhikari'), org('BJP')])).toEqual(['indirect | Suvendu Adhikari |  | his party had nothing to fear']);
  });
});

describe('statements (en): unnamed members of a body, and a body a medium cites by its noun', () => {
  it('gives "According to officials at X (X)," and "according to a spokesperson for the ministry," to the body', () => {
    const text = 'According to officials at the Directorate General of Civil Aviation (DGCA), the regulator is examining whether the airline had enough crew.\n\n' +
      'The Ministry of Transport did not comment. According to a spokesperson for the ministry, the plan was never approved by the cabinet.';
    const dgca = org('Directorate General of Civil Aviation', 'DGCA');
    expect(said(text, 'en', [dgca, org('Ministry of Transport')])).toEqual([
      'indirect | Directorate General of Civil Aviation |  | the regulator is examining whether the airline had enough crew',
      'indirect | Ministry of Transport |  | the plan was never approved by the cabinet',
    ]);
  });

  it('gives "According to RTÉ, citing the trust\'s submission, ..." to the trust via RTÉ, but not "quoting the hospital\'s dean"', () => {
    const text = 'The Irish Wildlife Trust has raised concerns about porpoises. According to RTÉ, citing the trust\'s submission, the group wants strict limits on piling noise.\n\n' +
      'At least 140 planned surgeries were postponed at Sassoon General Hospital on Monday alone, PTI reported, quoting the hospital\'s dean.';
    expect(said(text, 'en', [org('Irish Wildlife Trust'), org('RTÉ'), org('Sassoon General Hospital'), org('PTI')])).toEqual([
      'indirect | Irish Wildlife Trust | RTÉ | the group wants strict limits on piling noise',
      'indirect | - | PTI | At least 140 planned surgeries were postponed at Sassoon General Hospital on Monday alone',
    ]);
  });
});

describe('statements (en): speakers described after their name or by their country\'s company', () => {
  it('gives "said X, a 24-year-old from Ivory Coast, who said" to X, and "which" after a body to the body', () => {
    const text = '"They take our boats," said Ibrahim Koné, a 24-year-old from Ivory Coast, who said he had been intercepted three times.\n\n' +
      'Amnesty International, which works in Tunisia, said the deal was flawed.';
    expect(said(text, 'en', [person('Ibrahim Koné', 'Koné'), place('Ivory Coast'), org('Amnesty International'), place('Tunisia')])).toEqual([
      'direct | Ibrahim Koné |  | They take our boats',
      'indirect | Ibrahim Koné |  | he had been intercepted three times',
      'indirect | Amnesty International |  | the deal was flawed',
    ]);
  });

  it('reads two titles after the body whose titles they are ("said Skyroot co-founder and CEO X")', () => {
    const text = '"We did not exist ten years ago," said Skyroot co-founder and CEO Pawan Kumar Chandana.';
    expect(said(text, 'en', [org('Skyroot'), person('Pawan Kumar Chandana')])).toEqual(['direct | Pawan Kumar Chandana |  | We did not exist ten years ago']);
  });

  it('gives ", Britain\'s largest water company said" to the company named, and ", Congo\'s government said" to Congo', () => {
    const text = 'Thames Water will impose a hosepipe ban from next week, Britain\'s largest water company said on Wednesday.\n\n' +
      'Troops were moved to the border, Congo\'s government said.';
    expect(said(text, 'en', [org('Thames Water'), place('Britain', "Britain's"), place('Congo', "Congo's")])).toEqual([
      'indirect | Thames Water |  | Thames Water will impose a hosepipe ban from next week',
      'indirect | Congo |  | Troops were moved to the border',
    ]);
  });
});

describe('statements (en): a participle going on with the subject after a quotation', () => {
  it('keeps the quotation in "insisted that tourists were "not the problem", pointing out that ..." and reads the participle\'s clause', () => {
    const text = 'The Barcelona Hotel Association insisted that tourists were "not the problem", pointing out that hotels had cut their water use by a quarter.';
    expect(said(text, 'en', [org('Barcelona Hotel Association')])).toEqual([
      'direct | Barcelona Hotel Association |  | not the problem',
      'indirect | Barcelona Hotel Association |  | hotels had cut their water use by a quarter',
    ]);
  });
});

describe('statements (en): an unnamed official of a body named with an adjective before it', () => {
  it('gives "A senior DJB official said" to the Delhi Jal Board', () => {
    const text = 'Delhi Jal Board (DJB) chief Ankit Malhotra visited the plant. A senior DJB official said production had dropped by nearly 25%.';
    expect(said(text, 'en', [org('Delhi Jal Board', 'DJB'), person('Ankit Malhotra')])).toEqual(['indirect | Delhi Jal Board |  | production had dropped by nearly 25%']);
  });
});

describe('statements (en): coordinated subjects after a subordinator or before an apposition that counts them', () => {
  it('gives the report to the first name, the other saying it too', () => {
    const text = 'Bookings on other carriers surged, while RwandAir and Ethiopian Airlines said they were adding capacity.\n\n' +
      'China and Brazil, two of the biggest players at the IMO, have said they support a levy in principle.\n\n' +
      'The Greens and Die Linke, both in opposition, said the government was using the field to distract from its failure.';
    expect(said(text, 'en', [org('RwandAir'), org('Ethiopian Airlines'), place('China'), place('Brazil'), org('IMO'), org('Greens'), org('Die Linke')])).toEqual([
      'indirect | RwandAir + Ethiopian Airlines |  | they were adding capacity',
      'indirect | China + Brazil |  | they support a levy in principle',
      'indirect | Greens + Die Linke |  | the government was using the field to distract from its failure',
    ]);
  });
});

describe('statements (en): bodies behind nouns and documents, and a time after a titled speaker', () => {
  it('gives ", the Seoul-based firm said" to the company the sentence opens with, not the last one named', () => {
    const text = 'Hanbit Equity Partners launched a tender offer for Daesung Materials on Monday.\n\n' +
      'Hanbit is offering 412,000 won a share for up to 25% of Daesung, the Seoul-based firm said in a regulatory filing.';
    expect(said(text, 'en', [org('Hanbit Equity Partners', 'Hanbit'), org('Daesung Materials', 'Daesung'), place('Seoul')])).toEqual([
      'indirect | Hanbit Equity Partners |  | Hanbit is offering 412,000 won a share for up to 25% of Daesung',
    ]);
  });

  it('gives "A council spokesperson said:" to the council and "A 2021 study by X found that" to X', () => {
    const text = 'Parents oppose plans by Argyll and Bute Council to close three schools. A council spokesperson said: "We are committed to rural education."\n\n' +
      'A 2021 study by the RAND Corporation found that students in four-day districts made smaller gains.';
    expect(said(text, 'en', [org('Argyll and Bute Council'), org('RAND Corporation')])).toEqual([
      'direct | Argyll and Bute Council |  | We are committed to rural education',
      'indirect | RAND Corporation |  | students in four-day districts made smaller gains',
    ]);
  });

  it('reads no report in `"...," TCN spokeswoman X said late Monday`', () => {
    const text = '"Power has been restored to Abuja," TCN spokeswoman Chinwe Okafor-Bello said late Monday.';
    expect(said(text, 'en', [org('TCN'), person('Chinwe Okafor-Bello'), place('Abuja')])).toEqual(['direct | Chinwe Okafor-Bello |  | Power has been restored to Abuja']);
  });
});

describe('statements (en): subjects before a clause with a list, a participle\'s phrase, or a think tank', () => {
  it('finds the subject before a relative clause holding a list, a report\'s participle and "think tank"', () => {
    const text = 'UPM will close a paper machine. The company, which also makes pulp, plywood and biofuels, said the machine had been loss-making.\n\n' +
      'Jóhann Páll Jóhannsson, the minister for environment, energy and climate, said Iceland needed more generating capacity.\n\n' +
      'The Resolution Foundation think tank said the typical household would pay more.';
    expect(said(text, 'en', [org('UPM'), person('Jóhann Páll Jóhannsson'), place('Iceland'), org('Resolution Foundation')])).toEqual([
      'indirect | UPM |  | the machine had been loss-making',
      'indirect | Jóhann Páll Jóhannsson |  | Iceland needed more generating capacity',
      'indirect | Resolution Foundation |  | the typical household would pay more',
    ]);
  });
});

describe('statements (en): a report closed by its source before a subordinate clause with a report of its own', () => {
  it('reads "..., according to Idealista, while the Bank of Spain estimated that ..." as two reports, neither relayed', () => {
    const text = 'Rents in Barcelona averaged a record €23.40 per square meter in September, according to property portal Idealista, while the Bank of Spain estimated in a report that the country has a shortfall of 600,000 homes.';
    expect(said(text, 'en', [place('Barcelona'), org('Idealista'), org('Bank of Spain')])).toEqual([
      'indirect | Idealista |  | Rents in Barcelona averaged a record €23.40 per square meter in September',
      'indirect | Bank of Spain |  | the country has a shortfall of 600,000 homes',
    ]);
  });
});

describe('statements (en): a body named before the noun for its kind', () => {
  it('gives "Chile\'s Carabineros police said" to the Carabineros, and "Senator X of the Democratic Centre party, ..., said" to X', () => {
    const text = 'Chile\'s Carabineros police said 23 people had been arrested.\n\n' +
      'Senator Paloma Valencia of the rightwing Democratic Centre party, a long-standing critic of the accord, said the ruling confirmed the deal guaranteed impunity.';
    expect(said(text, 'en', [place('Chile', "Chile's"), org('Carabineros'), person('Paloma Valencia'), org('Democratic Centre')])).toEqual([
      'indirect | Carabineros |  | 23 people had been arrested',
      'indirect | Paloma Valencia |  | the ruling confirmed the deal guaranteed impunity',
    ]);
  });
});

describe('statements (en): a denied cue before an open question, and a body\'s own figures by its noun', () => {
  it('reads no report in "did not say whether" or "declined to say if", and gives "the cartel office\'s own estimates" to that office', () => {
    const text = 'INEC did not say whether it would appeal. The ministry declined to say if the plan would go ahead. The union didn\'t say whether it would strike.\n\n' +
      'The Federal Statistical Office said prices rose. The Federal Cartel Office opened proceedings. Four groups control 85% of German food retail, according to the cartel office\'s own estimates.';
    expect(said(text, 'en', [org('INEC'), org('Federal Statistical Office'), org('Federal Cartel Office')])).toEqual([
      'indirect | Federal Statistical Office |  | prices rose',
      'indirect | Federal Cartel Office |  | Four groups control 85% of German food retail',
    ]);
  });
});

describe('statements (en): church bodies, a cited body\'s noun before its document, a list inside a relative clause', () => {
  it('gives "A spokesperson for the diocese said" to the diocese, "citing a commission statement" to the commission, and reads a list before a clause inside the relative one', () => {
    const text = 'The Anglican Diocese of Leeds announced the closure. A spokesperson for the diocese said the decision had not been taken lightly.\n\n' +
      'The Malaysian Anti-Corruption Commission (MACC) arrested him. The MACC has also frozen 14 bank accounts, according to the state news agency Bernama, citing a commission statement.\n\n' +
      "Transnet, which has struggled with derailments, cable theft and port backlogs that have cost Africa's economy billions, said in a statement it had recovered 310 million rand.";
    expect(said(text, 'en', [org('Anglican Diocese of Leeds'), org('Malaysian Anti-Corruption Commission', 'MACC'), org('Bernama'), org('Transnet'), place('Africa', "Africa's")])).toEqual([
      'indirect | Anglican Diocese of Leeds |  | the decision had not been taken lightly',
      'indirect | Malaysian Anti-Corruption Commission | Bernama | The MACC has also frozen 14 bank accounts',
      'indirect | Transnet |  | it had recovered 310 million rand',
    ]);
  });
});

describe('statements (en): a body\'s noun after a body that opened the sentence before', () => {
  it('gives "The party has said" to the party that opened the sentence before, not to a company that spoke earlier, and "The research firm said" after "according to Kantar" to Kantar', () => {
    const text = 'Transnet said it would appeal. The ANC did not respond to a request for comment. The party has previously said it does not shield members accused of corruption.\n\n' +
      'Dunnes Stores has said it will freeze prices. Grocery price inflation reached 6.2 per cent, according to Kantar. The research firm said prices for butter had risen fastest.';
    expect(said(text, 'en', [org('Transnet'), org('ANC'), org('Dunnes Stores'), org('Kantar')])).toEqual([
      'indirect | Transnet |  | it would appeal',
      'indirect | ANC |  | it does not shield members accused of corruption',
      'indirect | Dunnes Stores |  | it will freeze prices',
      'indirect | Kantar |  | Grocery price inflation reached 6.2 per cent',
      'indirect | Kantar |  | prices for butter had risen fastest',
    ]);
  });
});

describe('statements (en): a relative pronoun after an apposition\'s noun, and "it" after a body\'s noun that opened the sentence before', () => {
  it('gives "X, 58, a market trader who said" to X and "The diocese rejected ... In a statement, it said" to the diocese', () => {
    const text = '"They open the ground every election," said Maria das Graças Souza, 58, a market trader who said she travels four hours by bus.\n\n' +
      'The Diocese of Córdoba manages the site. The diocese rejected the claims. In a statement, it said the Catholic Church had cared for the building.';
    expect(said(text, 'en', [person('Maria das Graças Souza'), org('Diocese of Córdoba'), org('Catholic Church')])).toEqual([
      'direct | Maria das Graças Souza |  | They open the ground every election',
      'indirect | Maria das Graças Souza |  | she travels four hours by bus',
      'indirect | Diocese of Córdoba |  | the Catholic Church had cared for the building',
    ]);
  });
});

describe('statements (en): a lede\'s person introduced unnamed', () => {
  it('gives "A former nurse has told the inquiry that" to the first person who speaks below it, and not to one named before', () => {
    const text = 'Inquiry told patient checks were faked\n\n' +
      'A former nurse has told the Lampard inquiry that patients were routinely left unobserved for hours.\n\n' +
      'Joanne Pryce, who worked at the Linden Centre between 2012 and 2019, said agency staff often arrived without training.';
    expect(said(text, 'en', [org('Lampard inquiry'), person('Joanne Pryce'), org('Linden Centre')])).toEqual([
      'indirect | Joanne Pryce |  | patients were routinely left unobserved for hours',
      'indirect | Joanne Pryce |  | agency staff often arrived without training',
    ]);
    const named = 'Nurses fear checks\n\nJoanne Pryce met nurses in March. A former nurse has told the inquiry that patients were left alone.\n\n' +
      'Joanne Pryce said agency staff often arrived without training.';
    expect(said(named, 'en', [person('Joanne Pryce')])).toEqual([
      'indirect | - |  | patients were left alone',
      'indirect | Joanne Pryce |  | agency staff often arrived without training',
    ]);
  });
});

describe('statements (en): a source between two coordinated clauses', () => {
  it('gives each clause to the source that closes it ("X, according to A, and Y, according to B"), not the second clause to the first source', () => {
    const text = 'Pakistan spends less than 2 percent of its budget on education, according to the Ministry of Finance, and about 26 million children are out of school, according to UNICEF.\n\n' +
      'India faces a shortage of about 1 million teachers, according to a UNESCO report, and Bihar has some of the highest ratios in the country.';
    expect(said(text, 'en', [place('Pakistan'), org('Ministry of Finance'), org('UNICEF'), place('India'), org('UNESCO'), place('Bihar')])).toEqual([
      'indirect | Ministry of Finance |  | Pakistan spends less than 2 percent of its budget on education',
      'indirect | UNICEF |  | about 26 million children are out of school',
      'indirect | UNESCO |  | India faces a shortage of about 1 million teachers',
    ]);
  });
});

describe('statements (en): a subject before an apposition and a relative clause, and a place after the word for its kind', () => {
  it('gives "X, Japan\'s largest union, which represents ..., warned" to X and "The state of Hesse, which ..., said" to Hesse, but not a minister\'s state', () => {
    const text = "UA Zensen, Japan's largest industrial union, which represents many care workers, warned that foreign staff must not hold down wages.\n\n" +
      'The state of Hesse, which oversees regional planning, said it would review the rules.\n\n' +
      'Herbert Reul, interior minister of the state of North Rhine-Westphalia, told Reuters that police had added 150 officers.';
    expect(said(text, 'en', [org('UA Zensen'), place('Japan', "Japan's"), place('Hesse'), person('Herbert Reul'), place('North Rhine-Westphalia'), org('Reuters')])).toEqual([
      'indirect | UA Zensen |  | foreign staff must not hold down wages',
      'indirect | Hesse |  | it would review the rules',
      'indirect | Herbert Reul |  | police had added 150 officers',
    ]);
  });
});

describe('statements (en): an opening phrase of places and plain words before the subject', () => {
  it('gives "In Newcastle upon Tyne, where 23 shops were raided, Detective Chief Inspector X of Y Police said" to X, and "During the hearing in March, X, senior counsel ..., told" to X', () => {
    const text = 'In Newcastle upon Tyne, where 23 shops were raided, Detective Chief Inspector Priya Sandhu of Northumbria Police said officers had found hidden compartments.\n\n' +
      'During the hearing in March, Aoife Delaney, senior counsel for the respondents, told the court that Ireland faced an emergency.';
    expect(said(text, 'en', [place('Newcastle upon Tyne'), person('Priya Sandhu'), org('Northumbria Police'), person('Aoife Delaney'), place('Ireland')])).toEqual([
      'indirect | Priya Sandhu |  | officers had found hidden compartments',
      'indirect | Aoife Delaney |  | Ireland faced an emergency',
    ]);
  });
});

describe('statements (en): a weather service by its noun', () => {
  it('gives "A spokesperson for the forecaster said" to the Met Office', () => {
    const text = 'The Met Office struck a more cautious note. A spokesperson for the forecaster said it would review the study "with great interest".';
    expect(said(text, 'en', [org('Met Office')])).toEqual(['direct | Met Office |  | with great interest']);
  });
});

describe('statements (en): "that" after the town where something was said', () => {
  it('reads "said at her regular morning news conference in Mexico City that" as a report', () => {
    const text = 'President Claudia Sheinbaum said at her regular morning news conference in Mexico City that the army had deployed 8,000 troops.';
    expect(said(text, 'en', [person('Claudia Sheinbaum'), place('Mexico City')])).toEqual(['indirect | Claudia Sheinbaum |  | the army had deployed 8,000 troops']);
  });
});

describe('statements (en): a body\'s title with a field of lower-case words before its holder', () => {
  it('gives `"...," TCN\'s general manager for public affairs, X, said` to X', () => {
    const text = 'The Transmission Company of Nigeria (TCN) said the grid collapsed.\n\n' +
      '"Our engineers are working round the clock," TCN\'s general manager for public affairs, Ibrahim Danjuma Yakubu, said.';
    expect(said(text, 'en', [org('Transmission Company of Nigeria', 'TCN'), person('Ibrahim Danjuma Yakubu')])).toEqual([
      'indirect | Transmission Company of Nigeria |  | the grid collapsed',
      'direct | Ibrahim Danjuma Yakubu |  | Our engineers are working round the clock',
    ]);
  });
});

describe('statements (en): appositions of a title or of places, and a borough\'s council', () => {
  it('gives "X, head of Y, said" and "X, a retired teacher from A, B, who arrived ..., said" to X, and "The council said" to the London borough named before', () => {
    const text = 'After the verdict, Det Ch Supt Andrew Metcalfe, head of Counter Terrorism Policing North East, said officers had stepped in.\n\n' +
      'On the quayside, Guadalupe Hernandez de la Cruz, a retired teacher from Guadalajara, Mexico, who arrived on a ship from Rome, said she understood the frustration.\n\n' +
      'The plans have been opposed in the London Borough of Hillingdon, where homes would be demolished. The council said it would "explore every legal avenue".';
    expect(said(text, 'en', [person('Andrew Metcalfe'), place('North East'), person('Guadalupe Hernandez de la Cruz'), place('Guadalajara'), place('Mexico'), place('Rome'), place('London Borough of Hillingdon')])).toEqual([
      'indirect | Andrew Metcalfe |  | officers had stepped in',
      'indirect | Guadalupe Hernandez de la Cruz |  | she understood the frustration',
      'direct | London Borough of Hillingdon |  | explore every legal avenue',
    ]);
  });
});

describe('statements (en): a body\'s spokesperson by its possessive', () => {
  it('gives "The CGF\'s spokesman said" to the federation, not to the person named last', () => {
    const text = 'The Commonwealth Games Federation (CGF) set the programme. P. T. Usha criticised it. The CGF\'s spokesman said the sports programme had been agreed.';
    expect(said(text, 'en', [org('Commonwealth Games Federation', 'CGF', "CGF's"), person('P. T. Usha')])).toEqual([
      'indirect | Commonwealth Games Federation |  | the sports programme had been agreed',
    ]);
  });
});

describe('statements (en): a relative by kinship before the name', () => {
  it('gives `"...," his mother, X, told AP` and the quotation after it to X', () => {
    const text = '"Marcus was holding his phone," his mother, Rosa Delgado, told The Associated Press after the verdict. "The jury saw what we have always known."';
    expect(said(text, 'en', [person('Marcus'), person('Rosa Delgado'), org('The Associated Press')])).toEqual([
      'direct | Rosa Delgado |  | Marcus was holding his phone',
      'direct | Rosa Delgado |  | The jury saw what we have always known',
    ]);
  });
});

describe('statements (en): a lede\'s body by an indefinite noun', () => {
  it('gives "..., a teaching union has warned" to the union named after it, and a union named nowhere to no one', () => {
    const text = 'Hundreds of teachers recruited from abroad are leaving within two years, a teaching union has warned.\n\n' +
      'Figures obtained by the National Education Union (NEU) show that 41% had left.';
    expect(said(text, 'en', [org('National Education Union', 'NEU')])).toEqual([
      'indirect | National Education Union |  | Hundreds of teachers recruited from abroad are leaving within two years',
    ]);
    expect(said('Hundreds of teachers are leaving within two years, a teaching union has warned.', 'en', [])).toEqual([
      'indirect | - |  | Hundreds of teachers are leaving within two years',
    ]);
  });
});

describe('statements (en): "that" inside a bare clause, and clauses a genitive or a list runs through', () => {
  it('reads "said X risked undermining that ambition" as the whole clause, and "said on Tuesday evening that" as before', () => {
    expect(said('Aviation analyst Mohamed Abdi said repeated disruptions risked undermining that ambition.', 'en', [person('Mohamed Abdi')])).toEqual([
      'indirect | Mohamed Abdi |  | repeated disruptions risked undermining that ambition',
    ]);
    expect(said('Mohamed Abdi said on Tuesday evening that the strike was over.', 'en', [person('Mohamed Abdi')])).toEqual([
      'indirect | Mohamed Abdi |  | the strike was over',
    ]);
  });

  it('ends a report at ", while Labour\'s transport spokesman X accused", whose quotation is X\'s', () => {
    const text = 'Louise Smith said the uncertainty was costing jobs, while Labour\'s transport spokesman Ciarán Ahern accused Ryanair of "holding the country to ransom".';
    expect(said(text, 'en', [person('Louise Smith'), org('Labour', "Labour's"), person('Ciarán Ahern'), org('Ryanair')])).toEqual([
      'indirect | Louise Smith |  | the uncertainty was costing jobs',
      'direct | Ciarán Ahern |  | holding the country to ransom',
    ]);
  });

  it('gives "The farmers, who came from A, B, the C and D, say" to no one named', () => {
    const text = 'The farmers, who came from Belgium, France, the Netherlands and Ireland, say the deal will flood European markets with cheap beef.';
    expect(said(text, 'en', [place('Belgium'), place('France'), place('Netherlands'), place('Ireland')])).toEqual([
      'indirect | - |  | the deal will flood European markets with cheap beef',
    ]);
  });

  it('reads "reminded passengers that" and "demanded that" as reports', () => {
    expect(said('The CAA reminded passengers that airlines must still provide food and drink.', 'en', [org('CAA')])).toEqual([
      'indirect | CAA |  | airlines must still provide food and drink',
    ]);
    expect(said('Congress MP Varsha Gaikwad demanded that the government cap airfares.', 'en', [org('Congress'), person('Varsha Gaikwad')])).toEqual([
      'indirect | Varsha Gaikwad |  | the government cap airfares',
    ]);
  });

  it('gives "According to Colombia\'s tax and customs authority, DIAN," to DIAN', () => {
    const text = "According to Colombia's tax and customs authority, DIAN, bilateral trade was worth about $2.4bn last year.";
    expect(said(text, 'en', [place('Colombia', "Colombia's"), org('DIAN')])).toEqual(['indirect | DIAN |  | bilateral trade was worth about $2.4bn last year']);
  });
});

describe('statements (en): a body described as one of a kind', () => {
  it('gives "X, one of the country\'s largest fertiliser suppliers, said" to X', () => {
    const text = "Grassland Agro, one of the country's largest fertiliser suppliers, said the tariffs had removed a source of cheaper product.";
    expect(said(text, 'en', [org('Grassland Agro')])).toEqual(['indirect | Grassland Agro |  | the tariffs had removed a source of cheaper product']);
  });
});

describe('statements (en): a company by the noun for its trade, and a body\'s noun described by a phrase', () => {
  it('gives "The Indian-owned steelmaker said" to the company named before', () => {
    const text = 'Tata Steel is to cut about 600 more jobs in Wales.\n\nThe Indian-owned steelmaker said the cuts would fall mainly at its Llanwern plant.';
    expect(said(text, 'en', [org('Tata Steel'), place('Wales')])).toEqual(['indirect | Tata Steel |  | the cuts would fall mainly at its Llanwern plant']);
  });

  it('gives "The developer behind a plan to send power from Morocco to Britain said" to the developer named in the headline', () => {
    const text = 'Xlinks vows to press on with power cable\n\nThe developer behind a plan to send power from Morocco to Britain said on Friday it would look for new partners.';
    expect(said(text, 'en', [org('Xlinks'), place('Morocco'), place('Britain')])).toEqual(['indirect | Xlinks |  | it would look for new partners']);
    // So past a relative clause that the comma before the cue closes ("The developer behind the plan, which ..., said").
    expect(said('Xlinks vows to press on\n\nThe developer behind the plan, which was rejected, said it would go on.', 'en', [org('Xlinks')])).toEqual(['indirect | Xlinks |  | it would go on']);
    // A body's noun that ends the phrase is the body the subject belongs to.
    expect(said('Bohemians may sell a stake.\n\nThe board of the member-owned club confirmed that it had received an offer.', 'en', [org('Bohemians')])).toEqual([
      'indirect | Bohemians |  | it had received an offer',
    ]);
  });
});

describe('statements (en): a person by their age, a court ruling, and a source\'s dated figures', () => {
  it('gives "The 58-year-old said" to the person just spoken of', () => {
    const text = 'Mwansa Chileshe leads the opposition alliance. The 58-year-old said an alliance government would cut fuel taxes.';
    expect(said(text, 'en', [person('Mwansa Chileshe')])).toEqual(['indirect | Mwansa Chileshe |  | an alliance government would cut fuel taxes']);
  });

  it('reads ", ruling that" as the court\'s report, not "India\'s ruling party" nor "its ruling that"', () => {
    const text = "Ireland's Court of Appeal has quashed the conviction of a Limerick man, ruling that the trial court should not have admitted phone records.";
    expect(said(text, 'en', [place('Ireland', "Ireland's"), org('Court of Appeal'), place('Limerick')])).toEqual([
      'indirect | Court of Appeal |  | the trial court should not have admitted phone records',
    ]);
    const party = "India's ruling Bharatiya Janata Party has held on to power in Goa, the Election Commission said.";
    expect(said(party, 'en', [place('India', "India's"), org('Bharatiya Janata Party'), place('Goa'), org('Election Commission')])).toEqual([
      "indirect | Election Commission |  | India's ruling Bharatiya Janata Party has held on to power in Goa",
    ]);
    expect(said('In its ruling that the law was void, the court said it acted.', 'en', [])).toEqual(['indirect | - |  | it acted']);
  });

  it('closes a report at "according to HSE figures published last year," and at "according to figures published last year by the HSE"', () => {
    const text = 'Donegal has some of the longest ambulance response times, according to HSE figures published last year, with fewer than half of the calls reached in time.';
    expect(said(text, 'en', [place('Donegal'), org('HSE')])).toEqual(['indirect | HSE |  | Donegal has some of the longest ambulance response times']);
    const by = 'Donegal has some of the longest ambulance response times, according to figures published last year by the HSE.';
    expect(said(by, 'en', [place('Donegal'), org('HSE')])).toEqual(['indirect | HSE |  | Donegal has some of the longest ambulance response times']);
  });
});

describe('statements (en): a quotation of two sentences and an attribution the parser cannot read', () => {
  it('keeps the quotation as the statement and reads no report from its second sentence on', () => {
    const text = '"Investors are used to long Dutch formations. It would take a genuine collapse to move spreads," Jeroen Smits, senior economist at ING in Amsterdam, told Reuters.';
    expect(said(text, 'en', [person('Jeroen Smits'), org('ING'), place('Amsterdam'), org('Reuters')])).toEqual([
      'direct | Jeroen Smits |  | Investors are used to long Dutch formations. It would take a genuine collapse to move spreads',
    ]);
  });
});

describe('statements (en): a title owned by a body', () => {
  it('gives "the CDA leader told" to no holder of another body\'s title ("VVD leader X"), but to the one just spoken of', () => {
    const text = 'VVD leader Dilan Yeşilgöz has insisted that any deal must include a cap.\n\n' +
      'The Christian Democratic Appeal (CDA), led by Henri Bontenbal, is the likely third partner. Bontenbal said he believed a compromise was possible.\n\n' +
      '"Nobody in Ter Apel is helped by slogans," the CDA leader told public broadcaster NOS.';
    const named = [org('VVD'), person('Dilan Yeşilgöz'), org('Christian Democratic Appeal', 'CDA'), person('Henri Bontenbal', 'Bontenbal'), place('Ter Apel'), org('NOS')];
    expect(said(text, 'en', named)).toEqual([
      'indirect | Dilan Yeşilgöz |  | any deal must include a cap',
      'indirect | Henri Bontenbal |  | he believed a compromise was possible',
      'direct | Henri Bontenbal |  | Nobody in Ter Apel is helped by slogans',
    ]);
  });
});

describe('statements (en): a demonym before a title, a qualifier before a source, analysts at a body', () => {
  it('gives "what he called" to a sentence opened by a demonym and a title ("Pakistani Prime Minister X")', () => {
    const text = 'Pakistani Prime Minister Shehbaz Sharif condemned what he called "naked aggression" and said Islamabad would raise the matter at the United Nations.';
    expect(said(text, 'en', [person('Shehbaz Sharif'), place('Islamabad'), org('United Nations')])).toEqual([
      'direct | Shehbaz Sharif |  | naked aggression',
      'indirect | Shehbaz Sharif |  | Islamabad would raise the matter at the United Nations',
    ]);
  });

  it('reads "according to the U.N. Office for ... (OCHA)," as the source, the capitalised qualifier included', () => {
    const text = 'According to the U.N. Office for the Coordination of Humanitarian Affairs (OCHA), the appeal for Congo is less than 15% funded.';
    expect(said(text, 'en', [org('Office for the Coordination of Humanitarian Affairs', 'OCHA'), place('Congo')])).toEqual([
      'indirect | Office for the Coordination of Humanitarian Affairs |  | the appeal for Congo is less than 15% funded',
    ]);
  });

  it('gives "according to analysts at Jefferies" to the body', () => {
    const text = 'Each day of strike action costs Lufthansa up to 30 million euros, according to analysts at Jefferies.';
    expect(said(text, 'en', [org('Lufthansa'), org('Jefferies')])).toEqual(['indirect | Jefferies |  | Each day of strike action costs Lufthansa up to 30 million euros']);
  });
});

describe('statements (en): a participle that modifies a noun', () => {
  it('reads "said in a video posted on social media that" as one report, and "under the settlement announced on Thursday" as none', () => {
    const text = "Hungary's agriculture minister, István Nagy, said in a video posted on social media that the country would close 21 border crossings.";
    expect(said(text, 'en', [place('Hungary', "Hungary's"), person('István Nagy')])).toEqual(['indirect | István Nagy |  | the country would close 21 border crossings']);
    const settled = 'UK Athletics will receive £22.4m over the next four years, down from £26m, under the settlement announced on Thursday.';
    expect(said(settled, 'en', [org('UK Athletics')])).toEqual([]);
    expect(said('Prices rose after the government said it would cut taxes.', 'en', [])).toEqual(['indirect | - |  | it would cut taxes']);
  });
});

describe('statements (en): a person\'s office, and a body named inside the quotation it attributes', () => {
  it('gives "Polis\' office said" and "Health Minister Marjorie Michel\'s office said" to the person', () => {
    const text = 'Medicare is big. Gov. Jared Polis signed the law. Polis\' office said the limit could save state employees about $14 million a year.';
    expect(said(text, 'en', [org('Medicare'), person('Jared Polis', "Polis'")])).toEqual(['indirect | Jared Polis |  | the limit could save state employees about $14 million a year']);
    const minister = "Medicare is big. Health Minister Marjorie Michel's office said the government remained committed to pharmacare.";
    expect(said(minister, 'en', [org('Medicare'), person('Marjorie Michel', "Marjorie Michel's")])).toEqual(['indirect | Marjorie Michel |  | the government remained committed to pharmacare']);
  });

  it('gives `"... work with CMS ...," the company said` to the company named before, not to CMS', () => {
    const text = 'Novo Nordisk said the price did not reflect the value of its medicines. "We will continue to work with CMS to protect patient access," the company said.';
    expect(said(text, 'en', [org('Novo Nordisk'), org('CMS')])).toEqual([
      'indirect | Novo Nordisk |  | the price did not reflect the value of its medicines',
      'direct | Novo Nordisk |  | We will continue to work with CMS to protect patient access',
    ]);
  });
});

describe('statements (en): unnamed people of a body named by its noun', () => {
  it('gives "residents of its historic centre said" and "Supporters of the tribunal argue" to no one', () => {
    const text = 'TOKI handed over keys on Tuesday, but residents of its historic centre said the rebuilding was leaving them behind.';
    expect(said(text, 'en', [org('TOKI')])).toEqual(['indirect | - |  | the rebuilding was leaving them behind']);
    const opening = 'The Democratic Centre criticised the ruling. Supporters of the tribunal argue that the sanctions were always meant to be different.';
    expect(said(opening, 'en', [org('Democratic Centre')])).toEqual(['indirect | - |  | the sanctions were always meant to be different']);
  });

  it('gives "A person close to the company told Reuters that" to no one', () => {
    const text = 'ASPI said it would evaluate its options. A person close to the company told Reuters that an appeal was being considered.';
    expect(said(text, 'en', [org('ASPI'), org('Reuters')])).toEqual([
      'indirect | ASPI |  | it would evaluate its options',
      'indirect | - |  | an appeal was being considered',
    ]);
  });
});

describe('statements (en): a person of "the ruling X party"', () => {
  it('gives "X of the ruling Labour Party said" and "Oaxaca\'s governor, X of the ruling Morena party, told" to X', () => {
    const text = 'Salomón Jara of the ruling Labour Party said that the state had completed its programme.';
    expect(said(text, 'en', [person('Salomón Jara'), org('Labour Party')])).toEqual(['indirect | Salomón Jara |  | the state had completed its programme']);
    const apposition = "Oaxaca's governor, Salomón Jara of the ruling Morena party, told Reuters last month that the state had completed its programme.";
    expect(said(apposition, 'en', [place('Oaxaca', "Oaxaca's"), person('Salomón Jara'), place('Morena'), org('Reuters')])).toEqual([
      'indirect | Salomón Jara |  | the state had completed its programme',
    ]);
  });
});

describe('statements (en): a trailing attribution after a subordinate report', () => {
  it('gives the sentence to the trailing speaker and keeps the report of "after Italian authorities said"', () => {
    const text = "Christie's has withdrawn a Roman head from an auction in New York after Italian authorities said the sculpture had been looted, Christie's said on Tuesday.";
    expect(said(text, 'en', [org("Christie's"), place('New York')])).toEqual([
      "indirect | Christie's |  | Christie's has withdrawn a Roman head from an auction in New York after Italian authorities said the sculpture had been looted",
      'indirect | - |  | the sculpture had been looted',
    ]);
  });
});

describe('statements (en): a clause of where a place lies inside an apposition', () => {
  it('gives "X, the head of the Sitaro Islands regency, where Ruang is located, told" to X, whatever the names inside are taken for', () => {
    const text = 'Jonathan Kansil, the head of the Sitaro Islands regency, where Ruang is located, told Antara that clean water was running short.';
    expect(said(text, 'en', [person('Jonathan Kansil'), org('Sitaro Islands'), person('Ruang'), org('Antara')])).toEqual(['indirect | Jonathan Kansil |  | clean water was running short']);
  });
});

describe('statements (en): a person by their age after a quotation', () => {
  it('gives `"...," the 34-year-old told Al Jazeera` to the person just spoken of', () => {
    const text = 'Yulin Makaminan, a mother of three, said she had heard the mountain. "We only took our documents," the 34-year-old told Al Jazeera.';
    expect(said(text, 'en', [person('Yulin Makaminan'), org('Al Jazeera')])).toEqual([
      'indirect | Yulin Makaminan |  | she had heard the mountain',
      'direct | Yulin Makaminan |  | We only took our documents',
    ]);
    const farmer = 'Joseph Lekaram moved his goats. "I have moved three times," the 52-year-old farmer told Al Jazeera.';
    expect(said(farmer, 'en', [person('Joseph Lekaram'), org('Al Jazeera')])).toEqual(['direct | Joseph Lekaram |  | I have moved three times']);
  });
});

describe('statements (en): a source set off by commas between a cue and its "that"', () => {
  it('gives "He added, according to Reuters, that" to him via Reuters, and the source no statement of its own', () => {
    const text = 'José Gómez spoke on the radio. He added, according to Reuters, that the companies had pledged to hire local workers.';
    expect(said(text, 'en', [person('José Gómez'), org('Reuters')])).toEqual(['indirect | José Gómez | Reuters | the companies had pledged to hire local workers']);
  });
});

describe('statements (en): the body a statement is made to', () => {
  it('gives "In a statement to the London Stock Exchange, the company said" to the company named before', () => {
    const text = 'BHP said it would appeal. In a statement to the London Stock Exchange, the company said it had already paid compensation.';
    expect(said(text, 'en', [org('BHP'), org('London Stock Exchange')])).toEqual([
      'indirect | BHP |  | it would appeal',
      'indirect | BHP |  | it had already paid compensation',
    ]);
  });
});

describe('statements (en): a named spokesperson for a body', () => {
  it('gives "X, the health spokesperson for the Democratic Alliance (DA), the second-largest party, said" to X, and an unnamed one to the body', () => {
    const text = 'Karabo Mthembu, the health spokesperson for the Democratic Alliance (DA), the second-largest party in the coalition, said the department should publish the price.';
    expect(said(text, 'en', [person('Karabo Mthembu'), org('Democratic Alliance', 'DA')])).toEqual(['indirect | Karabo Mthembu |  | the department should publish the price']);
    expect(said('A spokesperson for the Democratic Alliance said the department should publish the price.', 'en', [org('Democratic Alliance')])).toEqual([
      'indirect | Democratic Alliance |  | the department should publish the price',
    ]);
  });
});

describe('statements (en): a body\'s staff after its genitive', () => {
  it('gives "Pagasa\'s forecasters warned that" to Pagasa', () => {
    const text = 'The Philippines is hit by 20 storms a year. Pagasa\'s forecasters warned that a new low-pressure area could develop into a storm.';
    expect(said(text, 'en', [place('Philippines'), org('Pagasa', "Pagasa's")])).toEqual(['indirect | Pagasa |  | a new low-pressure area could develop into a storm']);
  });
});

describe('statements (en): a relay that cites a spokesperson of a body whose name holds a title\'s word', () => {
  it('gives "According to PA Media, which quoted a Ministry of Justice spokesperson," to the ministry via PA Media', () => {
    const text = 'According to PA Media, which quoted a Ministry of Justice spokesperson, the first trials could take place in London.';
    expect(said(text, 'en', [org('PA Media'), org('Ministry of Justice'), place('London')])).toEqual(['indirect | Ministry of Justice | PA Media | the first trials could take place in London']);
  });
});

describe('statements (en): a medium that cites unnamed officials or sources', () => {
  it('gives "Reuters reported that ..., citing two government officials" and "MENA (MENA), citing a military source, said" to no one, via the medium', () => {
    const text = 'Reuters reported on Wednesday that the two sides were close to a deal, citing two government officials familiar with the talks.';
    expect(said(text, 'en', [org('Reuters')])).toEqual(['indirect | - | Reuters | the two sides were close to a deal']);
    const short = "Egypt's state-run Middle East News Agency (MENA), citing a military source, said the drills would include a landing.";
    expect(said(short, 'en', [place('Egypt', "Egypt's"), org('Middle East News Agency', 'MENA')])).toEqual(['indirect | - | Middle East News Agency | the drills would include a landing']);
  });
});

describe('statements (en): unnamed people a medium cites', () => {
  it('gives "according to traders cited by Reuters" to no one, via Reuters, but "according to figures cited by Reuters" to Reuters', () => {
    expect(said('Fishmeal prices jumped by 10% on Thursday, according to traders cited by Reuters.', 'en', [org('Reuters')])).toEqual([
      'indirect | - | Reuters | Fishmeal prices jumped by 10% on Thursday',
    ]);
    expect(said('Fishmeal prices jumped by 10% on Thursday, according to figures cited by Reuters.', 'en', [org('Reuters')])).toEqual([
      'indirect | Reuters |  | Fishmeal prices jumped by 10% on Thursday',
    ]);
  });
});

describe('statements (en): nouns for a body, passive relays and subjects that are no one', () => {
  it('gives "the auction house said" to the auction house named before, and "X\'s art squad told" to X', () => {
    const house = "Christie's sold the painting in 2019.\n\nThe auction house said it had acted in good faith.";
    expect(said(house, 'en', [org("Christie's")])).toEqual(["indirect | Christie's |  | it had acted in good faith"]);
    const squad = 'The painting was recovered in Rome.\n\n"It was a complex operation," Italy\'s Carabinieri art squad told reporters.';
    expect(said(squad, 'en', [place('Rome'), place('Italy'), org('Carabinieri')])).toEqual(['direct | Carabinieri |  | It was a complex operation']);
  });

  it('reads `"...," X was quoted by the Reuters news agency as saying` as X\'s words, passed on by Reuters', () => {
    const text = 'The party met.\n\n"The opposition should spend less time attacking the referee," UDA secretary-general Hassan Omar Hassan was quoted by the Reuters news agency as saying.';
    expect(said(text, 'en', [org('UDA'), person('Hassan Omar Hassan'), org('Reuters')])).toEqual([
      'direct | Hassan Omar Hassan | Reuters | The opposition should spend less time attacking the referee',
    ]);
  });

  it('gives a report after "Ireland\'s drinks industry has ..., warning that" to no one, but one after "Saudi Arabia\'s foreign ministry ... said" to the country', () => {
    const industry = "The law passed in May.\n\nIreland's drinks industry has stepped up its campaign against health warnings, warning that small producers could be forced to pull their products.";
    expect(said(industry, 'en', [place('Ireland', "Ireland's")])).toEqual(['indirect | - |  | small producers could be forced to pull their products']);
    const ministry = "Talks began.\n\nSaudi Arabia's foreign ministry, by contrast, welcomed the talks and said in a statement that the kingdom supported all efforts.";
    expect(said(ministry, 'en', [place('Saudi Arabia', "Saudi Arabia's")])).toEqual(['indirect | Saudi Arabia |  | the kingdom supported all efforts']);
  });

  it('reads "A ministry official, who asked not to be named, said BP, which ..., had been asked" as the official\'s report, not BP\'s', () => {
    const text = 'Talks began.\n\nA ministry official, who asked not to be named, said BP, which operates Rumaila, had been asked to respond within 60 days.';
    expect(said(text, 'en', [org('BP'), place('Rumaila')])).toEqual(['indirect | - |  | BP, which operates Rumaila, had been asked to respond within 60 days']);
  });

  it('gives "A ministry official, who asked not to be named because he was not authorised to speak, said" to no one, not to the "he" inside the clause; "A spokesperson for X, which ..., said" to X', () => {
    const anonymous =
      'Oil Minister Hayan Abdul-Ghani spoke in Basra.\n\n' +
      'A ministry official, who asked not to be named because he was not authorised to speak to the media, said the operators had been asked to respond.';
    expect(said(anonymous, 'en', [person('Hayan Abdul-Ghani'), place('Basra')])).toEqual(['indirect | - |  | the operators had been asked to respond']);
    const spokesperson = 'Rules were tightened.\n\nA spokesperson for Klarna, which is headquartered in Stockholm, said the company had carried out checks for years.';
    expect(said(spokesperson, 'en', [org('Klarna'), place('Stockholm')])).toEqual(['indirect | Klarna |  | the company had carried out checks for years']);
  });

  it('reads a subject of six words before a speaking participle\'s phrase: "A manager at Oriental Textile Ethiopia, speaking on condition of anonymity because he ..., said" is no one\'s', () => {
    const text =
      'Factory owner Meseret Tadesse said orders had fallen.\n\n' +
      'A manager at Oriental Textile Ethiopia, speaking on condition of anonymity because he was not authorized to talk to reporters, said the company was losing money.';
    expect(said(text, 'en', [person('Meseret Tadesse'), org('Oriental Textile Ethiopia')]).slice(1)).toEqual(['indirect | - |  | the company was losing money']);
  });

  it('gives "A senior US official said" to no one, not to the person who spoke before: an indefinite article before the name the title follows', () => {
    const text = 'Foreign Minister Abbas Araghchi said the talks were useful.\n\nA senior US official said the position had not changed.';
    expect(said(text, 'en', [person('Abbas Araghchi'), place('US')])).toEqual([
      'indirect | Abbas Araghchi |  | the talks were useful',
      'indirect | - |  | the position had not changed',
    ]);
  });

  it('reads `"...," said the trust\'s chief executive, Dr Helen Ashworth` past the form of address', () => {
    const text = 'The trust was hit by an attack.\n\n"We are very sorry," said the trust\'s chief executive, Dr Helen Ashworth.';
    expect(said(text, 'en', [person('Helen Ashworth')])).toEqual(['direct | Helen Ashworth |  | We are very sorry']);
  });

  it('gives "..., the country\'s mines minister said" in a lede to "Mines Minister X" below it: a capitalised word in -s is no English genitive', () => {
    const lede = 'Niger to sell uranium\n\nNiger will sell uranium stockpiled at the mine, the country\'s mines minister said on Wednesday.\n\nMines Minister Ousmane Abarchi told reporters the sale would go ahead.';
    expect(said(lede, 'en', [place('Niger'), person('Ousmane Abarchi')])).toEqual([
      'indirect | Ousmane Abarchi |  | Niger will sell uranium stockpiled at the mine',
      'indirect | Ousmane Abarchi |  | the sale would go ahead',
    ]);
  });
});

describe('statements (en): a lede\'s title named by the next paragraph\'s speaker', () => {
  it('gives "..., the Minister for Health has said." to the person who speaks in the paragraph after it, where no holder of the title is named', () => {
    const text = 'Families keep final say\n\nFamilies will still have the final say, the Minister for Health has said.\n\n' +
      'Speaking at the launch in Dublin on Monday, Jennifer Carroll MacNeill said the change was about trust.';
    expect(said(text, 'en', [place('Dublin'), person('Jennifer Carroll MacNeill')])).toEqual([
      'indirect | Jennifer Carroll MacNeill |  | Families will still have the final say',
      'indirect | Jennifer Carroll MacNeill |  | the change was about trust',
    ]);
  });
});

describe('statements (en): a refinery by its noun, and officials at a palace', () => {
  it('gives "A spokesperson for the refinery said" to the refinery named before', () => {
    const text = 'Dangote Petroleum Refinery may cut output.\n\nA spokesperson for the refinery said it had received only five of the 13 cargoes.';
    expect(said(text, 'en', [org('Dangote Petroleum Refinery')])).toEqual(['indirect | Dangote Petroleum Refinery |  | it had received only five of the 13 cargoes']);
  });
});

describe('statements (en): a school principal in apposition, and a college by its noun', () => {
  it('gives "X, principal of a private school in Dwarka, said" to X, and "the college said" to the college named before', () => {
    const principal = 'The Government School Teachers\' Association met.\n\nMeenakshi Rao, principal of a private school in Dwarka, said the decision would reduce pressure.';
    expect(said(principal, 'en', [org("Government School Teachers' Association"), person('Meenakshi Rao'), place('Dwarka')])).toEqual(['indirect | Meenakshi Rao |  | the decision would reduce pressure']);
    const college = 'Bradford College runs English classes.\n\nThe college said more than 1,400 people were waiting for a place.';
    expect(said(college, 'en', [org('Bradford College')])).toEqual(['indirect | Bradford College |  | more than 1,400 people were waiting for a place']);
  });
});

describe('statements (en): a body\'s document as the subject', () => {
  it('gives "A WHO report warned that" and "An internal WHO assessment found that" to WHO', () => {
    const text = 'Cholera spread.\n\nA WHO report warned that the outbreak could reach 20,000 cases. An internal WHO assessment found that clinics had no water.';
    expect(said(text, 'en', [org('World Health Organization', 'WHO')])).toEqual([
      'indirect | World Health Organization |  | the outbreak could reach 20,000 cases',
      'indirect | World Health Organization |  | clinics had no water',
    ]);
  });
});

describe('statements (en): a participle as an adjective after a number', () => {
  it('reads no report of "admitted" in "612 admitted patients were without a bed", only the source\'s', () => {
    const text = 'Trolleys.\n\n612 admitted patients were without a bed on Tuesday, according to INMO.';
    expect(said(text, 'en', [org('INMO')])).toEqual(['indirect | INMO |  | 612 admitted patients were without a bed on Tuesday']);
  });
});

describe('statements (en): the judges of a court', () => {
  it('gives "According to the judges" to the court named before', () => {
    const text = 'The Supreme Court ruled on Monday. According to the judges, the law was unlawful.';
    expect(said(text, 'en', [org('Supreme Court')])).toEqual(['indirect | Supreme Court |  | the law was unlawful']);
  });
});

describe('statements (en): the one a cue addresses', () => {
  it('reads "told a Senate estimates hearing in Canberra on Wednesday that" as the speaker telling a hearing', () => {
    const text = 'ABF Commander Rachel Tan told a Senate estimates hearing in Canberra on Wednesday that officers had intercepted four vessels.';
    expect(said(text, 'en', [person('Rachel Tan', 'Tan'), org('Senate'), place('Canberra')])).toEqual([
      'indirect | Rachel Tan |  | officers had intercepted four vessels',
    ]);
    const bare = 'Jan Adams told a Senate estimates hearing that the department had acted lawfully.';
    expect(said(bare, 'en', [person('Jan Adams', 'Adams'), org('Senate')])).toEqual(['indirect | Jan Adams |  | the department had acted lawfully']);
  });
});

describe('statements (en): a citation opening the sentence', () => {
  it('gives "Citing a senior official ..., the Dhaka Tribune reported that" to no one, relayed by the paper', () => {
    const text = 'Citing a senior official at the labour ministry, the Dhaka Tribune reported that the government planned to convene the board.';
    expect(said(text, 'en', [org('Dhaka Tribune')])).toEqual(['indirect | - | Dhaka Tribune | the government planned to convene the board']);
  });
});

describe('statements (en): a relative clause after a title', () => {
  it('gives "The mayor, who has argued that" to the one the article titled so', () => {
    const text = 'Suttsu Mayor Haruo Kataoka spoke on Monday. The mayor, who has argued that the grants have kept the town afloat, left early.';
    expect(said(text, 'en', [person('Haruo Kataoka', 'Kataoka'), place('Suttsu')])).toEqual(['indirect | Haruo Kataoka |  | the grants have kept the town afloat']);
  });
});

describe('statements (en): a cooperative by its noun', () => {
  it('gives "The cooperative, which is owned by distributors, said" to the cooperative named before', () => {
    const text = 'The Oregon Beverage Recycling Cooperative said returns rose. The cooperative, which is owned by distributors, said volumes had climbed.';
    expect(said(text, 'en', [org('Oregon Beverage Recycling Cooperative')])).toEqual([
      'indirect | Oregon Beverage Recycling Cooperative |  | returns rose',
      'indirect | Oregon Beverage Recycling Cooperative |  | volumes had climbed',
    ]);
  });
});
