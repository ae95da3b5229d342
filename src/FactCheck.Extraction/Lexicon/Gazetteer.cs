namespace FactCheck.Extraction.Lexicon;

/// <summary>What a name in the text stands for: a country or place (a <c>where</c>), an actor (a <c>who</c>), or both.</summary>
internal sealed record PlaceName(string Key, string Country, bool IsCountry, bool IsDemonym, bool IsActorOnly)
{
    /// <summary>Whether the place is its country's capital, which speaks for the country: "Beijing reported 1,200 new cases" are China's, "Ontario reported" Ontario's.</summary>
    public bool IsCapital { get; init; }
}

/// <summary>
/// The compact table of countries, their demonyms, their main cities and the regions the news names (a state, province or
/// region is its country's place: "in Helmand" is in Afghanistan, "in Texas" in the United States), and the organisations
/// that speak for a country, embedded in the package. A name that two countries' places share ("Punjab", "Georgia"), or
/// that is as often a person's ("Sofia"), is not held: a figure there is better left out than put in the wrong country. Names are matched as whole words, longest first, case-sensitively for short capitals
/// ("US", "UK") and otherwise ignoring case.
/// </summary>
internal sealed class Gazetteer
{
    // key: names | demonyms | cities and regions. The first name is the country's own name in messages, the first city its
    // capital; a place's spellings stand together after commas ("Kyiv, Kiev").
    private const string Countries = """
        us: United States; United States of America; U.S.; US; USA; U.S.A.; America | American; Americans | Washington; New York; New York City; Los Angeles; Chicago; Houston; San Francisco; Seattle; Boston; Miami; Atlanta; Philadelphia; Detroit; New Orleans; Baltimore; Pittsburgh; Minneapolis; Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; West Virginia; Wisconsin; Wyoming; Puerto Rico; Guam; Milwaukee; Denver; Phoenix; Dallas; Las Vegas; San Diego
        uk: United Kingdom; Britain; Great Britain; UK; U.K. | British; Briton; Britons | London; England; Scotland; Wales; Northern Ireland; Manchester; Liverpool; Glasgow; Edinburgh; Cardiff; Belfast; Leeds; Sheffield; Yorkshire; Cornwall
        iraq: Iraq | Iraqi; Iraqis | Baghdad; Mosul; Basra; Erbil; Kirkuk; Anbar; Fallujah; Ramadi; Tikrit; Najaf; Karbala; Sulaymaniyah; Nineveh; Dhi Qar; Maysan; Muthanna; Diyala; Wasit; Babil; Qadisiyah; Duhok, Dohuk; Nasiriyah; Amarah; Kut; Baquba, Baqubah; Hillah, Hilla; Samawah, Samawa; Diwaniyah
        afghanistan: Afghanistan | Afghan; Afghans | Kabul; Kandahar; Bagram; Herat; Kunduz; Helmand; Jalalabad; Nangarhar; Mazar-i-Sharif; Ghazni; Lashkar Gah; Panjshir; Badakhshan; Kunar; Uruzgan; Zabul; Paktika; Khost; Baghlan; Balkh; Faryab; Takhar; Paktia; Logar; Wardak; Nimroz; Badghis; Ghor; Bamyan
        syria: Syria | Syrian; Syrians | Damascus; Aleppo; Idlib; Raqqa; Homs; Hama; Deir ez-Zor; Latakia; Daraa
        iran: Iran | Iranian; Iranians | Tehran; Isfahan; Mashhad; Shiraz; Tabriz; Khuzestan; Kerman; Ahvaz; Qom; Sistan and Baluchestan; Kermanshah
        israel: Israel | Israeli; Israelis | Jerusalem; Tel Aviv; Haifa
        russia: Russia; Russian Federation | Russian; Russians | Moscow; St Petersburg, Saint Petersburg; Chechnya; Siberia; Belgorod; Kursk; Dagestan; Tatarstan; Bashkortostan; Novosibirsk; Yekaterinburg; Kazan; Rostov; Krasnodar; Volgograd; Kaliningrad; Bryansk; Yakutia
        ukraine: Ukraine | Ukrainian; Ukrainians | Kyiv, Kiev; Kharkiv; Odesa, Odessa; Lviv; Dnipro; Donetsk; Luhansk; Mariupol; Zaporizhzhia; Kherson; Bakhmut; Crimea; Donbas; Sumy; Chernihiv; Poltava; Vinnytsia; Zhytomyr; Mykolaiv; Kramatorsk; Sloviansk; Avdiivka; Pokrovsk; Kupiansk; Chernivtsi; Ivano-Frankivsk; Ternopil; Rivne; Volyn; Khmelnytskyi; Cherkasy; Uzhhorod; Zakarpattia
        china: China | Chinese | Beijing; Shanghai; Hong Kong; Wuhan; Guangzhou; Shenzhen; Xinjiang; Tibet; Hebei; Shandong; Jiangsu; Zhejiang; Guangdong; Henan; Sichuan; Hubei; Hunan; Anhui; Fujian; Liaoning; Shanxi; Shaanxi; Yunnan; Guizhou; Jiangxi; Heilongjiang; Jilin; Gansu; Hainan; Inner Mongolia; Tianjin; Chongqing; Tangshan
        germany: Germany | German; Germans | Berlin; Munich; Hamburg; Frankfurt; Cologne; Bavaria; Saxony; Lower Saxony; Thuringia; Brandenburg; Baden-Wurttemberg, Baden-Württemberg; North Rhine-Westphalia; Rhineland-Palatinate; Schleswig-Holstein; Mecklenburg-Western Pomerania; Saxony-Anhalt; Saarland; Stuttgart; Dresden; Leipzig; Dusseldorf, Düsseldorf
        france: France | French | Paris; Marseille; Lyon; Toulouse; Bordeaux; Calais; Normandy; Corsica; Alsace; Occitanie; Lille; Strasbourg; Nantes; Montpellier
        italy: Italy | Italian; Italians | Rome; Milan; Naples; Turin; Venice; Sicily; Lampedusa; Lombardy; Veneto; Emilia-Romagna; Tuscany; Campania; Apulia, Puglia; Calabria; Sardinia; Liguria; Abruzzo; Umbria; Friuli Venezia Giulia; Basilicata; Molise; Genoa; Bologna; Palermo; Bari
        spain: Spain | Spanish | Madrid; Barcelona; Seville; Catalonia; Andalusia, Andalucia; Extremadura; Canary Islands; Basque Country; Castile and Leon, Castilla y Leon; Castilla-La Mancha; Murcia; Asturias; Navarre; Cantabria; Balearic Islands; Malaga; Bilbao; Zaragoza; Tenerife; Gran Canaria; Lanzarote; Fuerteventura; La Gomera; El Hierro; Aragon, Aragón; Alicante; Almeria, Almería; Huelva; Cadiz, Cádiz; Valladolid
        japan: Japan | Japanese | Tokyo; Osaka; Kyoto; Hiroshima; Fukushima; Okinawa; Hokkaido; Noto; Kumamoto; Fukuoka; Sapporo; Nagoya; Sendai; Miyagi; Iwate; Niigata; Saitama; Kanagawa; Yokohama; Shizuoka; Nagasaki; Kagoshima; Aichi
        india: India | Indian; Indians | New Delhi, Delhi; Mumbai; Kolkata; Chennai; Bengaluru, Bangalore; Kerala; Uttar Pradesh; Maharashtra; Bihar; Gujarat; Madhya Pradesh; Rajasthan; Tamil Nadu; Karnataka; Andhra Pradesh; Telangana; West Bengal; Odisha; Assam; Haryana; Jharkhand; Chhattisgarh; Uttarakhand; Himachal Pradesh; Jammu and Kashmir; Goa; Manipur; Meghalaya; Nagaland; Tripura; Mizoram; Sikkim; Arunachal Pradesh; Ahmedabad; Pune; Jaipur; Lucknow; Patna; Kanpur; Bhopal; Surat; Nagpur; Indore; Varanasi; Prayagraj; Thiruvananthapuram; Guwahati; Chandigarh
        pakistan: Pakistan | Pakistani; Pakistanis | Islamabad; Karachi; Lahore; Peshawar; Quetta; Balochistan; Sindh; Khyber Pakhtunkhwa; Rawalpindi; Faisalabad; Multan; Gilgit-Baltistan; Sukkur; Larkana; Dadu; Gwadar
        turkey: Turkey; Türkiye | Turkish | Ankara; Istanbul; Izmir; Gaziantep; Adana; Antalya; Hatay; Kahramanmaras, Kahramanmaraş; Malatya; Diyarbakir, Diyarbakır; Erzurum; Konya; Adiyaman, Adıyaman; Elazig, Elazığ; Sanliurfa, Şanlıurfa
        egypt: Egypt | Egyptian; Egyptians | Cairo; Sinai; Giza; Luxor; Aswan; Port Said; Suez
        saudi-arabia: Saudi Arabia | Saudi; Saudis | Riyadh; Jeddah; Mecca
        yemen: Yemen | Yemeni | Sanaa; Aden; Hodeidah; Marib; Taiz; Ibb; Hajjah; Saada; Hadramout; Mukalla
        lebanon: Lebanon | Lebanese | Beirut; Sidon; Nabatieh; Baalbek; Bekaa
        jordan: Jordan | Jordanian | Amman; Zarqa; Irbid; Aqaba
        qatar: Qatar | Qatari | Doha
        kuwait: Kuwait | Kuwaiti
        libya: Libya | Libyan | Tripoli; Benghazi; Misrata; Derna; Sirte
        somalia: Somalia | Somali | Mogadishu; Somaliland; Puntland; Hargeisa; Baidoa; Kismayo; Jubaland; Galmudug; Hirshabelle; Gedo; Beledweyne
        sudan: Sudan | Sudanese | Khartoum; Darfur; Omdurman; Port Sudan; El Fasher; Kordofan; Gezira; Kassala; Nyala; El Geneina, Geneina
        ethiopia: Ethiopia | Ethiopian | Addis Ababa; Tigray; Mekelle; Amhara; Oromia; Gambella; Sidama; Dire Dawa; Gondar; Bahir Dar
        kenya: Kenya | Kenyan | Nairobi; Mombasa; Kisumu; Nakuru; Eldoret; Garissa; Mandera; Wajir; Marsabit; Kakamega; Kiambu; Machakos; Kilifi; Kwale; Lamu; Baringo; West Pokot; Narok; Kajiado; Nyeri; Migori; Homa Bay; Tana River; Isiolo; Samburu
        nigeria: Nigeria | Nigerian | Abuja; Lagos; Kano; Borno; Maiduguri; Ibadan; Port Harcourt; Kaduna; Rivers State; Zamfara; Katsina; Benue; Kogi; Niger State; Sokoto; Kebbi; Yobe; Bauchi; Gombe; Taraba; Enugu; Anambra; Ogun; Oyo; Ondo; Osun; Ekiti; Kwara; Nasarawa; Jigawa; Bayelsa; Cross River; Akwa Ibom; Abia; Ebonyi
        mali: Mali | Malian | Bamako; Gao; Timbuktu; Kidal; Mopti; Segou, Ségou; Sikasso; Kayes; Menaka, Ménaka
        niger: Niger | Nigerien | Niamey; Agadez; Tillaberi, Tillabéri; Zinder; Maradi; Diffa; Tahoua
        south-africa: South Africa | South African | Pretoria; Johannesburg; Cape Town; Durban; Gauteng; Western Cape; Eastern Cape; KwaZulu-Natal; Limpopo; Mpumalanga; Free State; Soweto; Gqeberha; Port Elizabeth; Pietermaritzburg; Bloemfontein; Northern Cape
        canada: Canada | Canadian; Canadians | Ottawa; Toronto; Montreal; Vancouver; Ontario; Quebec; British Columbia; Alberta; Manitoba; Saskatchewan; Nova Scotia; New Brunswick; Newfoundland and Labrador; Newfoundland; Prince Edward Island; Yukon; Nunavut; Northwest Territories; Calgary; Edmonton; Winnipeg; Quebec City
        mexico: Mexico | Mexican; Mexicans | Mexico City; Guadalajara; Monterrey; Tijuana; Jalisco; Nuevo Leon, Nuevo León; Chihuahua; Sonora; Sinaloa; Michoacan, Michoacán; Oaxaca; Chiapas; Veracruz; Puebla; Tamaulipas; Baja California Sur; Baja California; Yucatan, Yucatán; Quintana Roo; Tabasco; Zacatecas; Guanajuato; Coahuila; Morelos; Queretaro, Querétaro; Cancun, Cancún; Acapulco; Ciudad Juarez, Ciudad Juárez; Culiacan, Culiacán
        brazil: Brazil | Brazilian; Brazilians | Brasilia; Sao Paulo, São Paulo; Rio de Janeiro; Bahia; Minas Gerais; Rio Grande do Sul; Pernambuco; Ceara, Ceará; Santa Catarina; Goias, Goiás; Maranhao, Maranhão; Manaus; Recife; Fortaleza; Belo Horizonte; Porto Alegre; Curitiba; Espirito Santo, Espírito Santo; Mato Grosso; Mato Grosso do Sul; Roraima; Rondonia, Rondônia; Tocantins; Piaui, Piauí; Paraiba, Paraíba; Alagoas; Sergipe
        argentina: Argentina | Argentine; Argentinian | Buenos Aires; Tucuman, Tucumán; Salta; Chubut; Neuquen, Neuquén
        colombia: Colombia | Colombian | Bogota; Medellin, Medellín; Barranquilla; Antioquia; Cauca; Narino, Nariño; Choco, Chocó; Valle del Cauca; Norte de Santander; Cucuta, Cúcuta
        venezuela: Venezuela | Venezuelan | Caracas; Maracaibo; Zulia
        australia: Australia | Australian; Australians | Canberra; Sydney; Melbourne; Brisbane; Queensland; New South Wales; South Australia; Western Australia; Tasmania; Northern Territory; Hobart; Gold Coast; Townsville
        new-zealand: New Zealand | New Zealander | Wellington; Auckland; Christchurch; Dunedin; Otago; Waikato; Hawke's Bay; Gisborne; Northland; Tauranga
        indonesia: Indonesia | Indonesian | Jakarta; Bali; Sumatra; Java; West Java; Central Java; East Java; Bandung; Surabaya; Semarang; Yogyakarta; Medan; Aceh; Sulawesi; Kalimantan; Lombok; Makassar; Palu; Cianjur; Garut; Bogor; Bekasi; Riau; Jambi; Lampung; Banten; North Sumatra; West Sumatra; Padang; Maluku; Ambon; East Nusa Tenggara; West Nusa Tenggara
        philippines: Philippines | Filipino | Manila; Metro Manila; Mindanao; Cebu; Luzon; Visayas; Davao; Leyte; Samar; Bohol; Iloilo; Negros; Palawan; Quezon City; Batangas; Bicol; Albay; Camarines Sur; Zamboanga; Cotabato; Tacloban; Mindoro; Pampanga; Bulacan; Cavite; Benguet; Baguio
        vietnam: Vietnam | Vietnamese | Hanoi; Ho Chi Minh City; Da Nang; Quang Nam; Quang Ngai; Quang Binh; Quang Tri; Ha Tinh; Nghe An; Thanh Hoa; Hai Phong, Haiphong; Lao Cai; Yen Bai; Can Tho; Mekong Delta; Binh Dinh; Phu Yen; Khanh Hoa; Nha Trang
        thailand: Thailand | Thai | Bangkok; Chiang Mai; Phuket; Pattaya; Chiang Rai; Krabi; Koh Samui; Surat Thani; Nakhon Ratchasima; Khon Kaen; Udon Thani; Songkhla; Yala; Pattani; Narathiwat; Ayutthaya
        myanmar: Myanmar; Burma | Burmese | Naypyidaw; Yangon, Rangoon; Mandalay; Rakhine; Sagaing; Shan State; Kachin; Kayin; Magway; Bago; Ayeyarwady; Tanintharyi
        bangladesh: Bangladesh | Bangladeshi | Dhaka; Chittagong; Sylhet; Khulna; Rajshahi; Barisal; Rangpur; Cox's Bazar; Mymensingh; Comilla; Narayanganj; Gazipur
        nepal: Nepal | Nepali; Nepalese | Kathmandu; Pokhara; Jajarkot; Karnali; Lumbini; Bagmati; Madhesh; Gandaki; Koshi; Sudurpashchim; Biratnagar; Lalitpur; Bhaktapur
        south-korea: South Korea | South Korean | Seoul; Busan; Incheon; Daegu; Gwangju; Daejeon; Ulsan; Gyeonggi; Jeju; North Gyeongsang; South Gyeongsang; North Jeolla; South Jeolla; North Chungcheong; South Chungcheong; Sejong
        north-korea: North Korea | North Korean | Pyongyang
        taiwan: Taiwan | Taiwanese | Taipei
        poland: Poland | Polish | Warsaw; Krakow, Kraków; Gdansk, Gdańsk; Wroclaw, Wrocław; Poznan, Poznań; Lodz, Łódź; Silesia
        netherlands: Netherlands | Dutch | Amsterdam; The Hague; Rotterdam; Utrecht; Eindhoven; Groningen
        belgium: Belgium | Belgian | Brussels; Antwerp; Ghent; Flanders; Wallonia
        sweden: Sweden | Swedish | Stockholm; Gothenburg; Malmo, Malmö; Uppsala
        norway: Norway | Norwegian | Oslo; Trondheim
        greece: Greece | Greek | Athens; Thessaloniki; Lesbos; Attica; Crete; Evia; Peloponnese; Thessaly; Epirus; Patras
        portugal: Portugal | Portuguese | Lisbon; Porto; Algarve; Madeira; Azores; Coimbra
        haiti: Haiti | Haitian | Port-au-Prince; Cap-Haitien, Cap-Haïtien; Artibonite
        chile: Chile | Chilean | Santiago; Valparaiso; Atacama; Antofagasta; Biobio, Biobío; Araucania, Araucanía; Copiapo, Copiapó; Los Lagos; Maule; Coquimbo; Tarapaca, Tarapacá; Magallanes; Nuble, Ñuble
        peru: Peru | Peruvian | Lima; Cusco, Cuzco; Arequipa; Piura; Puno; Ayacucho; Junin, Junín; Ancash, Áncash; Cajamarca; Huancavelica; Apurimac, Apurímac
        palestine: Palestine; Palestinian Territories | Palestinian; Palestinians | Ramallah; Gaza, Gaza Strip; Gaza City; West Bank; Rafah; Khan Younis; Jenin
        united-arab-emirates: United Arab Emirates; UAE; U.A.E. | Emirati; Emiratis | Abu Dhabi; Dubai
        oman: Oman | Omani | Muscat
        bahrain: Bahrain | Bahraini | Manama
        cyprus: Cyprus | Cypriot | Nicosia
        armenia: Armenia | Armenian; Armenians | Yerevan
        azerbaijan: Azerbaijan | Azerbaijani; Azerbaijanis | Baku; Nagorno-Karabakh
        kazakhstan: Kazakhstan | Kazakh | Astana; Almaty
        uzbekistan: Uzbekistan | Uzbek | Tashkent
        tajikistan: Tajikistan | Tajik | Dushanbe
        kyrgyzstan: Kyrgyzstan | Kyrgyz | Bishkek
        turkmenistan: Turkmenistan | Turkmen | Ashgabat
        mongolia: Mongolia | Mongolian | Ulaanbaatar
        sri-lanka: Sri Lanka | Sri Lankan; Sri Lankans | Colombo; Kandy; Jaffna; Galle; Trincomalee; Batticaloa; Anuradhapura; Polonnaruwa; Hambantota; Ratnapura; Kurunegala; Matara
        maldives: Maldives | Maldivian
        bhutan: Bhutan | Bhutanese | Thimphu
        malaysia: Malaysia | Malaysian; Malaysians | Kuala Lumpur
        singapore: Singapore | Singaporean; Singaporeans
        cambodia: Cambodia | Cambodian; Cambodians | Phnom Penh; Siem Reap; Battambang
        laos: Laos | Laotian | Vientiane; Luang Prabang
        papua-new-guinea: Papua New Guinea | Papua New Guinean | Port Moresby
        fiji: Fiji | Fijian | Suva
        algeria: Algeria | Algerian; Algerians | Algiers; Oran
        morocco: Morocco | Moroccan; Moroccans | Rabat; Casablanca; Marrakesh; Tangier; Agadir; Meknes; Oujda; Al Haouz; Essaouira; Tetouan
        tunisia: Tunisia | Tunisian; Tunisians | Tunis; Sfax; Sousse
        mauritania: Mauritania | Mauritanian | Nouakchott
        senegal: Senegal | Senegalese | Dakar; Touba; Thies, Thiès; Ziguinchor; Casamance
        ghana: Ghana | Ghanaian; Ghanaians | Accra; Kumasi; Ashanti; Cape Coast; Takoradi
        ivory-coast: Ivory Coast; Côte d'Ivoire; Cote d'Ivoire | Ivorian | Abidjan; Yamoussoukro; Bouake, Bouaké; Korhogo
        burkina-faso: Burkina Faso | Burkinabe | Ouagadougou; Bobo-Dioulasso; Djibo
        guinea: Guinea | Guinean | Conakry
        guinea-bissau: Guinea-Bissau | Bissau-Guinean | Bissau
        equatorial-guinea: Equatorial Guinea | Equatoguinean | Malabo
        sierra-leone: Sierra Leone | Sierra Leonean | Freetown
        liberia: Liberia | Liberian | Monrovia
        cameroon: Cameroon | Cameroonian | Yaounde; Douala; Bamenda; Maroua; Buea
        chad: Chad | Chadian | N'Djamena; Abeche
        central-african-republic: Central African Republic | Central African | Bangui
        dr-congo: Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; Congo-Kinshasa | Congolese | Kinshasa; Goma; North Kivu; South Kivu; Ituri; Kasai; Katanga; Lubumbashi; Kisangani; Bukavu; Mbuji-Mayi; Kananga; Equateur; Kwango; Haut-Katanga; Maniema; Sankuru; Tshopo
        congo: Republic of the Congo; Congo-Brazzaville | | Brazzaville
        gabon: Gabon | Gabonese | Libreville
        angola: Angola | Angolan | Luanda
        zambia: Zambia | Zambian | Lusaka; Ndola; Kitwe; Copperbelt; Kabwe; Chipata
        zimbabwe: Zimbabwe | Zimbabwean; Zimbabweans | Harare; Bulawayo; Mutare; Gweru; Masvingo; Manicaland; Matabeleland
        mozambique: Mozambique | Mozambican | Maputo; Cabo Delgado; Nampula; Sofala; Beira; Manica; Niassa; Inhambane; Quelimane
        malawi: Malawi | Malawian | Lilongwe; Blantyre; Mzuzu; Zomba; Mulanje; Chikwawa; Nsanje; Mangochi
        tanzania: Tanzania | Tanzanian | Dodoma; Dar es Salaam; Zanzibar; Kigoma; Arusha; Mwanza; Mbeya; Tanga; Morogoro; Kagera; Mtwara
        uganda: Uganda | Ugandan; Ugandans | Kampala; Gulu; Mbale; Jinja; Entebbe; Karamoja; Kasese; Mbarara; Arua; Mubende
        rwanda: Rwanda | Rwandan; Rwandans | Kigali; Rubavu; Musanze; Huye
        burundi: Burundi | Burundian | Gitega; Bujumbura; Muyinga; Ruyigi; Cankuzo; Makamba
        south-sudan: South Sudan | South Sudanese | Juba; Malakal; Bentiu; Jonglei; Upper Nile
        eritrea: Eritrea | Eritrean; Eritreans | Asmara
        djibouti: Djibouti | Djiboutian
        madagascar: Madagascar | Malagasy | Antananarivo; Toamasina; Mahajanga; Fianarantsoa; Toliara
        namibia: Namibia | Namibian | Windhoek
        botswana: Botswana | Motswana; Batswana | Gaborone
        ireland: Ireland; Republic of Ireland | Irish | Dublin; Galway
        switzerland: Switzerland | Swiss | Bern; Zurich; Geneva; Lausanne; Valais; Ticino
        austria: Austria | Austrian; Austrians | Vienna; Salzburg; Graz; Innsbruck; Styria
        denmark: Denmark | Danish; Dane; Danes | Copenhagen; Aarhus
        finland: Finland | Finnish; Finn; Finns | Helsinki
        iceland: Iceland | Icelandic | Reykjavik
        czech-republic: Czech Republic; Czechia | Czech; Czechs | Prague; Brno; Ostrava
        slovakia: Slovakia | Slovak; Slovaks | Bratislava
        hungary: Hungary | Hungarian; Hungarians | Budapest
        romania: Romania | Romanian; Romanians | Bucharest; Cluj; Timisoara, Timișoara; Iasi, Iași; Constanta, Constanța; Transylvania
        bulgaria: Bulgaria | Bulgarian; Bulgarians
        serbia: Serbia | Serbian; Serbians; Serb; Serbs | Belgrade; Novi Sad
        croatia: Croatia | Croatian; Croatians; Croat; Croats | Zagreb; Rijeka; Dubrovnik
        bosnia-and-herzegovina: Bosnia and Herzegovina; Bosnia | Bosnian; Bosnians | Sarajevo; Banja Luka; Mostar; Tuzla; Zenica; Republika Srpska; Jablanica; Bihac, Bihać; Doboj; Maglaj
        slovenia: Slovenia | Slovenian; Slovene | Ljubljana
        albania: Albania | Albanian; Albanians | Tirana
        kosovo: Kosovo | Kosovar; Kosovars | Pristina
        north-macedonia: North Macedonia | Macedonian | Skopje
        montenegro: Montenegro | Montenegrin | Podgorica
        moldova: Moldova | Moldovan | Chisinau
        belarus: Belarus | Belarusian; Belarusians | Minsk
        estonia: Estonia | Estonian; Estonians | Tallinn
        latvia: Latvia | Latvian; Latvians | Riga
        lithuania: Lithuania | Lithuanian; Lithuanians | Vilnius
        luxembourg: Luxembourg | Luxembourger
        malta: Malta | Maltese | Valletta
        cuba: Cuba | Cuban; Cubans | Havana; Santiago de Cuba; Holguin, Holguín
        dominican-republic: Dominican Republic | Dominican | Santo Domingo
        jamaica: Jamaica | Jamaican; Jamaicans
        guatemala: Guatemala | Guatemalan; Guatemalans | Guatemala City
        honduras: Honduras | Honduran; Hondurans | Tegucigalpa; San Pedro Sula
        el-salvador: El Salvador | Salvadoran; Salvadorans | San Salvador
        nicaragua: Nicaragua | Nicaraguan; Nicaraguans | Managua
        costa-rica: Costa Rica | Costa Rican
        panama: Panama | Panamanian | Panama City
        ecuador: Ecuador | Ecuadorian; Ecuadorians | Quito; Guayaquil; Manabi, Manabí; Esmeraldas
        bolivia: Bolivia | Bolivian; Bolivians | La Paz; Sucre; Cochabamba; Oruro; Potosi, Potosí
        paraguay: Paraguay | Paraguayan | Asuncion
        uruguay: Uruguay | Uruguayan | Montevideo
        """;

    // Organisations and groups that act as a who: key: names.
    private const string Actors = """
        us: White House; Pentagon; Department of Defense; US Department of Defense; U.S. Department of Defense; State Department; US military; U.S. military; Washington
        uk: Downing Street; Ministry of Defence
        russia: Kremlin
        coalition: coalition; coalition's
        nato: NATO
        un: United Nations; UN; U.N.
        eu: European Union; EU
        taliban: Taliban
        isis: ISIS; Islamic State; IS; ISIL
        """;

    private readonly Dictionary<string, PlaceName> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlaceName> byExactName = new(StringComparer.Ordinal);
    private readonly HashSet<string> firstWords = new(StringComparer.OrdinalIgnoreCase);

    // The same tables, looked up by the words as they stand in the text: a sentence's capitalised words are tried at
    // every length up to the longest name, and a string for each was most of what reading places allocated.
    private readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> byNameSpan;
    private readonly Dictionary<string, PlaceName>.AlternateLookup<ReadOnlySpan<char>> byExactNameSpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWordSpans;

    private Gazetteer()
    {
        byNameSpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        byExactNameSpan = byExactName.GetAlternateLookup<ReadOnlySpan<char>>();
        firstWordSpans = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded table.</summary>
    internal static Gazetteer Default { get; } = Build();

    /// <summary>The longest phrase in words that the table holds, so that lookups stop there.</summary>
    internal int LongestName { get; private set; }

    private static Gazetteer Build()
    {
        var table = new Gazetteer();
        foreach (var line in Countries.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            var parts = line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries);
            foreach (var name in Names(parts[0])) table.Add(name, new PlaceName(key, key, true, false, false));
            foreach (var name in Names(parts[1])) table.Add(name, new PlaceName(key, key, false, true, false));
            if (parts.Length > 2)
            {
                // "Kyiv, Kiev": one place under each spelling, keyed by the first, so that a figure in either is one subject.
                var capital = true;
                foreach (var place in Names(parts[2]))
                {
                    var spellings = place.Split(',', StringSplitOptions.TrimEntries);
                    foreach (var name in spellings) table.Add(name, new PlaceName(Slug.Of(spellings[0]), key, false, false, false) { IsCapital = capital });
                    capital = false;
                }
            }
        }
        foreach (var line in Actors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon];
            foreach (var name in Names(line[(colon + 1)..])) table.Add(name, new PlaceName(key, key, false, false, true), replace: true);
        }
        return table;
    }

    /// <summary>A copy of this table with the desk's own places (an entity of kind place or country: its id, name and aliases).</summary>
    internal Gazetteer With(IEnumerable<Entity> places)
    {
        var copy = new Gazetteer { LongestName = LongestName };
        foreach (var pair in byName) copy.byName[pair.Key] = pair.Value;
        foreach (var pair in byExactName) copy.byExactName[pair.Key] = pair.Value;
        copy.firstWords.UnionWith(firstWords);
        foreach (var place in places)
        {
            var entry = new PlaceName(place.Id, place.Id, true, false, false);
            copy.Add(place.Name, entry, replace: true);
            foreach (var alias in place.Aliases) copy.Add(alias, entry, replace: true);
        }
        return copy;
    }

    private static string[] Names(string list) => list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private void Add(string name, PlaceName entry, bool replace = false)
    {
        // Short all-capital names ("US", "IS", "UN") are only themselves: "us" and "is" are words.
        var exact = name.Length <= 4 && name.All(c => char.IsUpper(c) || c == '.');
        var map = exact ? byExactName : byName;
        if (replace || !map.ContainsKey(name)) map[name] = entry;
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        firstWords.Add(space < 0 ? name : name[..space]);
        LongestName = Math.Max(LongestName, name.Count(c => c == ' ') + 1);
    }

    /// <summary>Whether some name of the table starts with <paramref name="word"/>: most words start none, and are not looked up further.</summary>
    internal bool StartsName(string word) => firstWordSpans.Contains(word) || (Text.Token.EndsPossessive(word) && firstWordSpans.Contains(word.AsSpan(0, word.Length - 2)));

    /// <summary>The entry for a phrase as written, or null.</summary>
    internal PlaceName? Find(ReadOnlySpan<char> phrase) =>
        byExactNameSpan.TryGetValue(phrase, out var exact) ? exact : byNameSpan.TryGetValue(phrase, out var entry) ? entry : null;
}
