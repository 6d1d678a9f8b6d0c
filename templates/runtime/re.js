// The re module for constant patterns. py2cs/re_translate.py translates each pattern at compile time into a
// RegExp source for the `u` flag whose character classes are explicit code-point ranges computed by CPython
// (py_RE_D/W/S are \d \w \s of CPython 3.11 in Unicode mode); these helpers run the searches with Python's
// rules (empty matches, positions in code points, groups) and build match objects.
// Pattern and match objects follow the protocol of Dash components (py_comp, py_ops, type) so that the generic
// helpers, which do not know this file, give CPython's answer or a loud error for them (JSON, repr, type name).

// \d \w \s of CPython 3.11 (Unicode 14) as RegExp class bodies (tests/test_re.py checks them against CPython)
var py_RE_D = '0-9\\u{660}-\\u{669}\\u{6F0}-\\u{6F9}\\u{7C0}-\\u{7C9}\\u{966}-\\u{96F}\\u{9E6}-\\u{9EF}\\u{A66}-\\u{A6F}\\u{AE6}-\\u{AEF}\\u{B66}-\\u{B6F}\\u{BE6}-\\u{BEF}\\u{C66}-\\u{C6F}\\u{CE6}-\\u{CEF}\\u{D66}-\\u{D6F}\\u{DE6}-\\u{DEF}\\u{E50}-\\u{E59}\\u{ED0}-\\u{ED9}\\u{F20}-\\u{F29}\\u{1040}-\\u{1049}\\u{1090}-\\u{1099}\\u{17E0}-\\u{17E9}\\u{1810}-\\u{1819}\\u{1946}-\\u{194F}\\u{19D0}-\\u{19D9}\\u{1A80}-\\u{1A89}\\u{1A90}-\\u{1A99}\\u{1B50}-\\u{1B59}\\u{1BB0}-\\u{1BB9}\\u{1C40}-\\u{1C49}\\u{1C50}-\\u{1C59}\\u{A620}-\\u{A629}\\u{A8D0}-\\u{A8D9}\\u{A900}-\\u{A909}\\u{A9D0}-\\u{A9D9}\\u{A9F0}-\\u{A9F9}\\u{AA50}-\\u{AA59}\\u{ABF0}-\\u{ABF9}\\u{FF10}-\\u{FF19}\\u{104A0}-\\u{104A9}\\u{10D30}-\\u{10D39}\\u{11066}-\\u{1106F}\\u{110F0}-\\u{110F9}\\u{11136}-\\u{1113F}\\u{111D0}-\\u{111D9}\\u{112F0}-\\u{112F9}\\u{11450}-\\u{11459}\\u{114D0}-\\u{114D9}\\u{11650}-\\u{11659}\\u{116C0}-\\u{116C9}\\u{11730}-\\u{11739}\\u{118E0}-\\u{118E9}\\u{11950}-\\u{11959}\\u{11C50}-\\u{11C59}\\u{11D50}-\\u{11D59}\\u{11DA0}-\\u{11DA9}\\u{16A60}-\\u{16A69}\\u{16AC0}-\\u{16AC9}\\u{16B50}-\\u{16B59}\\u{1D7CE}-\\u{1D7FF}\\u{1E140}-\\u{1E149}\\u{1E2F0}-\\u{1E2F9}\\u{1E950}-\\u{1E959}\\u{1FBF0}-\\u{1FBF9}';
var py_RE_W = '0-9A-Z_a-z\\u{AA}\\u{B2}\\u{B3}\\u{B5}\\u{B9}\\u{BA}\\u{BC}-\\u{BE}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C1}\\u{2C6}-\\u{2D1}\\u{2E0}-\\u{2E4}\\u{2EC}\\u{2EE}\\u{370}-\\u{374}\\u{376}\\u{377}\\u{37A}-\\u{37D}\\u{37F}\\u{386}\\u{388}-\\u{38A}\\u{38C}\\u{38E}-\\u{3A1}\\u{3A3}-\\u{3F5}\\u{3F7}-\\u{481}\\u{48A}-\\u{52F}\\u{531}-\\u{556}\\u{559}\\u{560}-\\u{588}\\u{5D0}-\\u{5EA}\\u{5EF}-\\u{5F2}\\u{620}-\\u{64A}\\u{660}-\\u{669}\\u{66E}\\u{66F}\\u{671}-\\u{6D3}\\u{6D5}\\u{6E5}\\u{6E6}\\u{6EE}-\\u{6FC}\\u{6FF}\\u{710}\\u{712}-\\u{72F}\\u{74D}-\\u{7A5}\\u{7B1}\\u{7C0}-\\u{7EA}\\u{7F4}\\u{7F5}\\u{7FA}\\u{800}-\\u{815}\\u{81A}\\u{824}\\u{828}\\u{840}-\\u{858}\\u{860}-\\u{86A}\\u{870}-\\u{887}\\u{889}-\\u{88E}\\u{8A0}-\\u{8C9}\\u{904}-\\u{939}\\u{93D}\\u{950}\\u{958}-\\u{961}\\u{966}-\\u{96F}\\u{971}-\\u{980}\\u{985}-\\u{98C}\\u{98F}\\u{990}\\u{993}-\\u{9A8}\\u{9AA}-\\u{9B0}\\u{9B2}\\u{9B6}-\\u{9B9}\\u{9BD}\\u{9CE}\\u{9DC}\\u{9DD}\\u{9DF}-\\u{9E1}\\u{9E6}-\\u{9F1}\\u{9F4}-\\u{9F9}\\u{9FC}\\u{A05}-\\u{A0A}\\u{A0F}\\u{A10}\\u{A13}-\\u{A28}\\u{A2A}-\\u{A30}\\u{A32}\\u{A33}\\u{A35}\\u{A36}\\u{A38}\\u{A39}\\u{A59}-\\u{A5C}\\u{A5E}\\u{A66}-\\u{A6F}\\u{A72}-\\u{A74}\\u{A85}-\\u{A8D}\\u{A8F}-\\u{A91}\\u{A93}-\\u{AA8}\\u{AAA}-\\u{AB0}\\u{AB2}\\u{AB3}\\u{AB5}-\\u{AB9}\\u{ABD}\\u{AD0}\\u{AE0}\\u{AE1}\\u{AE6}-\\u{AEF}\\u{AF9}\\u{B05}-\\u{B0C}\\u{B0F}\\u{B10}\\u{B13}-\\u{B28}\\u{B2A}-\\u{B30}\\u{B32}\\u{B33}\\u{B35}-\\u{B39}\\u{B3D}\\u{B5C}\\u{B5D}\\u{B5F}-\\u{B61}\\u{B66}-\\u{B6F}\\u{B71}-\\u{B77}\\u{B83}\\u{B85}-\\u{B8A}\\u{B8E}-\\u{B90}\\u{B92}-\\u{B95}\\u{B99}\\u{B9A}\\u{B9C}\\u{B9E}\\u{B9F}\\u{BA3}\\u{BA4}\\u{BA8}-\\u{BAA}\\u{BAE}-\\u{BB9}\\u{BD0}\\u{BE6}-\\u{BF2}\\u{C05}-\\u{C0C}\\u{C0E}-\\u{C10}\\u{C12}-\\u{C28}\\u{C2A}-\\u{C39}\\u{C3D}\\u{C58}-\\u{C5A}\\u{C5D}\\u{C60}\\u{C61}\\u{C66}-\\u{C6F}\\u{C78}-\\u{C7E}\\u{C80}\\u{C85}-\\u{C8C}\\u{C8E}-\\u{C90}\\u{C92}-\\u{CA8}\\u{CAA}-\\u{CB3}\\u{CB5}-\\u{CB9}\\u{CBD}\\u{CDD}\\u{CDE}\\u{CE0}\\u{CE1}\\u{CE6}-\\u{CEF}\\u{CF1}\\u{CF2}\\u{D04}-\\u{D0C}\\u{D0E}-\\u{D10}\\u{D12}-\\u{D3A}\\u{D3D}\\u{D4E}\\u{D54}-\\u{D56}\\u{D58}-\\u{D61}\\u{D66}-\\u{D78}\\u{D7A}-\\u{D7F}\\u{D85}-\\u{D96}\\u{D9A}-\\u{DB1}\\u{DB3}-\\u{DBB}\\u{DBD}\\u{DC0}-\\u{DC6}\\u{DE6}-\\u{DEF}\\u{E01}-\\u{E30}\\u{E32}\\u{E33}\\u{E40}-\\u{E46}\\u{E50}-\\u{E59}\\u{E81}\\u{E82}\\u{E84}\\u{E86}-\\u{E8A}\\u{E8C}-\\u{EA3}\\u{EA5}\\u{EA7}-\\u{EB0}\\u{EB2}\\u{EB3}\\u{EBD}\\u{EC0}-\\u{EC4}\\u{EC6}\\u{ED0}-\\u{ED9}\\u{EDC}-\\u{EDF}\\u{F00}\\u{F20}-\\u{F33}\\u{F40}-\\u{F47}\\u{F49}-\\u{F6C}\\u{F88}-\\u{F8C}\\u{1000}-\\u{102A}\\u{103F}-\\u{1049}\\u{1050}-\\u{1055}\\u{105A}-\\u{105D}\\u{1061}\\u{1065}\\u{1066}\\u{106E}-\\u{1070}\\u{1075}-\\u{1081}\\u{108E}\\u{1090}-\\u{1099}\\u{10A0}-\\u{10C5}\\u{10C7}\\u{10CD}\\u{10D0}-\\u{10FA}\\u{10FC}-\\u{1248}\\u{124A}-\\u{124D}\\u{1250}-\\u{1256}\\u{1258}\\u{125A}-\\u{125D}\\u{1260}-\\u{1288}\\u{128A}-\\u{128D}\\u{1290}-\\u{12B0}\\u{12B2}-\\u{12B5}\\u{12B8}-\\u{12BE}\\u{12C0}\\u{12C2}-\\u{12C5}\\u{12C8}-\\u{12D6}\\u{12D8}-\\u{1310}\\u{1312}-\\u{1315}\\u{1318}-\\u{135A}\\u{1369}-\\u{137C}\\u{1380}-\\u{138F}\\u{13A0}-\\u{13F5}\\u{13F8}-\\u{13FD}\\u{1401}-\\u{166C}\\u{166F}-\\u{167F}\\u{1681}-\\u{169A}\\u{16A0}-\\u{16EA}\\u{16EE}-\\u{16F8}\\u{1700}-\\u{1711}\\u{171F}-\\u{1731}\\u{1740}-\\u{1751}\\u{1760}-\\u{176C}\\u{176E}-\\u{1770}\\u{1780}-\\u{17B3}\\u{17D7}\\u{17DC}\\u{17E0}-\\u{17E9}\\u{17F0}-\\u{17F9}\\u{1810}-\\u{1819}\\u{1820}-\\u{1878}\\u{1880}-\\u{1884}\\u{1887}-\\u{18A8}\\u{18AA}\\u{18B0}-\\u{18F5}\\u{1900}-\\u{191E}\\u{1946}-\\u{196D}\\u{1970}-\\u{1974}\\u{1980}-\\u{19AB}\\u{19B0}-\\u{19C9}\\u{19D0}-\\u{19DA}\\u{1A00}-\\u{1A16}\\u{1A20}-\\u{1A54}\\u{1A80}-\\u{1A89}\\u{1A90}-\\u{1A99}\\u{1AA7}\\u{1B05}-\\u{1B33}\\u{1B45}-\\u{1B4C}\\u{1B50}-\\u{1B59}\\u{1B83}-\\u{1BA0}\\u{1BAE}-\\u{1BE5}\\u{1C00}-\\u{1C23}\\u{1C40}-\\u{1C49}\\u{1C4D}-\\u{1C7D}\\u{1C80}-\\u{1C88}\\u{1C90}-\\u{1CBA}\\u{1CBD}-\\u{1CBF}\\u{1CE9}-\\u{1CEC}\\u{1CEE}-\\u{1CF3}\\u{1CF5}\\u{1CF6}\\u{1CFA}\\u{1D00}-\\u{1DBF}\\u{1E00}-\\u{1F15}\\u{1F18}-\\u{1F1D}\\u{1F20}-\\u{1F45}\\u{1F48}-\\u{1F4D}\\u{1F50}-\\u{1F57}\\u{1F59}\\u{1F5B}\\u{1F5D}\\u{1F5F}-\\u{1F7D}\\u{1F80}-\\u{1FB4}\\u{1FB6}-\\u{1FBC}\\u{1FBE}\\u{1FC2}-\\u{1FC4}\\u{1FC6}-\\u{1FCC}\\u{1FD0}-\\u{1FD3}\\u{1FD6}-\\u{1FDB}\\u{1FE0}-\\u{1FEC}\\u{1FF2}-\\u{1FF4}\\u{1FF6}-\\u{1FFC}\\u{2070}\\u{2071}\\u{2074}-\\u{2079}\\u{207F}-\\u{2089}\\u{2090}-\\u{209C}\\u{2102}\\u{2107}\\u{210A}-\\u{2113}\\u{2115}\\u{2119}-\\u{211D}\\u{2124}\\u{2126}\\u{2128}\\u{212A}-\\u{212D}\\u{212F}-\\u{2139}\\u{213C}-\\u{213F}\\u{2145}-\\u{2149}\\u{214E}\\u{2150}-\\u{2189}\\u{2460}-\\u{249B}\\u{24EA}-\\u{24FF}\\u{2776}-\\u{2793}\\u{2C00}-\\u{2CE4}\\u{2CEB}-\\u{2CEE}\\u{2CF2}\\u{2CF3}\\u{2CFD}\\u{2D00}-\\u{2D25}\\u{2D27}\\u{2D2D}\\u{2D30}-\\u{2D67}\\u{2D6F}\\u{2D80}-\\u{2D96}\\u{2DA0}-\\u{2DA6}\\u{2DA8}-\\u{2DAE}\\u{2DB0}-\\u{2DB6}\\u{2DB8}-\\u{2DBE}\\u{2DC0}-\\u{2DC6}\\u{2DC8}-\\u{2DCE}\\u{2DD0}-\\u{2DD6}\\u{2DD8}-\\u{2DDE}\\u{2E2F}\\u{3005}-\\u{3007}\\u{3021}-\\u{3029}\\u{3031}-\\u{3035}\\u{3038}-\\u{303C}\\u{3041}-\\u{3096}\\u{309D}-\\u{309F}\\u{30A1}-\\u{30FA}\\u{30FC}-\\u{30FF}\\u{3105}-\\u{312F}\\u{3131}-\\u{318E}\\u{3192}-\\u{3195}\\u{31A0}-\\u{31BF}\\u{31F0}-\\u{31FF}\\u{3220}-\\u{3229}\\u{3248}-\\u{324F}\\u{3251}-\\u{325F}\\u{3280}-\\u{3289}\\u{32B1}-\\u{32BF}\\u{3400}-\\u{4DBF}\\u{4E00}-\\u{A48C}\\u{A4D0}-\\u{A4FD}\\u{A500}-\\u{A60C}\\u{A610}-\\u{A62B}\\u{A640}-\\u{A66E}\\u{A67F}-\\u{A69D}\\u{A6A0}-\\u{A6EF}\\u{A717}-\\u{A71F}\\u{A722}-\\u{A788}\\u{A78B}-\\u{A7CA}\\u{A7D0}\\u{A7D1}\\u{A7D3}\\u{A7D5}-\\u{A7D9}\\u{A7F2}-\\u{A801}\\u{A803}-\\u{A805}\\u{A807}-\\u{A80A}\\u{A80C}-\\u{A822}\\u{A830}-\\u{A835}\\u{A840}-\\u{A873}\\u{A882}-\\u{A8B3}\\u{A8D0}-\\u{A8D9}\\u{A8F2}-\\u{A8F7}\\u{A8FB}\\u{A8FD}\\u{A8FE}\\u{A900}-\\u{A925}\\u{A930}-\\u{A946}\\u{A960}-\\u{A97C}\\u{A984}-\\u{A9B2}\\u{A9CF}-\\u{A9D9}\\u{A9E0}-\\u{A9E4}\\u{A9E6}-\\u{A9FE}\\u{AA00}-\\u{AA28}\\u{AA40}-\\u{AA42}\\u{AA44}-\\u{AA4B}\\u{AA50}-\\u{AA59}\\u{AA60}-\\u{AA76}\\u{AA7A}\\u{AA7E}-\\u{AAAF}\\u{AAB1}\\u{AAB5}\\u{AAB6}\\u{AAB9}-\\u{AABD}\\u{AAC0}\\u{AAC2}\\u{AADB}-\\u{AADD}\\u{AAE0}-\\u{AAEA}\\u{AAF2}-\\u{AAF4}\\u{AB01}-\\u{AB06}\\u{AB09}-\\u{AB0E}\\u{AB11}-\\u{AB16}\\u{AB20}-\\u{AB26}\\u{AB28}-\\u{AB2E}\\u{AB30}-\\u{AB5A}\\u{AB5C}-\\u{AB69}\\u{AB70}-\\u{ABE2}\\u{ABF0}-\\u{ABF9}\\u{AC00}-\\u{D7A3}\\u{D7B0}-\\u{D7C6}\\u{D7CB}-\\u{D7FB}\\u{F900}-\\u{FA6D}\\u{FA70}-\\u{FAD9}\\u{FB00}-\\u{FB06}\\u{FB13}-\\u{FB17}\\u{FB1D}\\u{FB1F}-\\u{FB28}\\u{FB2A}-\\u{FB36}\\u{FB38}-\\u{FB3C}\\u{FB3E}\\u{FB40}\\u{FB41}\\u{FB43}\\u{FB44}\\u{FB46}-\\u{FBB1}\\u{FBD3}-\\u{FD3D}\\u{FD50}-\\u{FD8F}\\u{FD92}-\\u{FDC7}\\u{FDF0}-\\u{FDFB}\\u{FE70}-\\u{FE74}\\u{FE76}-\\u{FEFC}\\u{FF10}-\\u{FF19}\\u{FF21}-\\u{FF3A}\\u{FF41}-\\u{FF5A}\\u{FF66}-\\u{FFBE}\\u{FFC2}-\\u{FFC7}\\u{FFCA}-\\u{FFCF}\\u{FFD2}-\\u{FFD7}\\u{FFDA}-\\u{FFDC}\\u{10000}-\\u{1000B}\\u{1000D}-\\u{10026}\\u{10028}-\\u{1003A}\\u{1003C}\\u{1003D}\\u{1003F}-\\u{1004D}\\u{10050}-\\u{1005D}\\u{10080}-\\u{100FA}\\u{10107}-\\u{10133}\\u{10140}-\\u{10178}\\u{1018A}\\u{1018B}\\u{10280}-\\u{1029C}\\u{102A0}-\\u{102D0}\\u{102E1}-\\u{102FB}\\u{10300}-\\u{10323}\\u{1032D}-\\u{1034A}\\u{10350}-\\u{10375}\\u{10380}-\\u{1039D}\\u{103A0}-\\u{103C3}\\u{103C8}-\\u{103CF}\\u{103D1}-\\u{103D5}\\u{10400}-\\u{1049D}\\u{104A0}-\\u{104A9}\\u{104B0}-\\u{104D3}\\u{104D8}-\\u{104FB}\\u{10500}-\\u{10527}\\u{10530}-\\u{10563}\\u{10570}-\\u{1057A}\\u{1057C}-\\u{1058A}\\u{1058C}-\\u{10592}\\u{10594}\\u{10595}\\u{10597}-\\u{105A1}\\u{105A3}-\\u{105B1}\\u{105B3}-\\u{105B9}\\u{105BB}\\u{105BC}\\u{10600}-\\u{10736}\\u{10740}-\\u{10755}\\u{10760}-\\u{10767}\\u{10780}-\\u{10785}\\u{10787}-\\u{107B0}\\u{107B2}-\\u{107BA}\\u{10800}-\\u{10805}\\u{10808}\\u{1080A}-\\u{10835}\\u{10837}\\u{10838}\\u{1083C}\\u{1083F}-\\u{10855}\\u{10858}-\\u{10876}\\u{10879}-\\u{1089E}\\u{108A7}-\\u{108AF}\\u{108E0}-\\u{108F2}\\u{108F4}\\u{108F5}\\u{108FB}-\\u{1091B}\\u{10920}-\\u{10939}\\u{10980}-\\u{109B7}\\u{109BC}-\\u{109CF}\\u{109D2}-\\u{10A00}\\u{10A10}-\\u{10A13}\\u{10A15}-\\u{10A17}\\u{10A19}-\\u{10A35}\\u{10A40}-\\u{10A48}\\u{10A60}-\\u{10A7E}\\u{10A80}-\\u{10A9F}\\u{10AC0}-\\u{10AC7}\\u{10AC9}-\\u{10AE4}\\u{10AEB}-\\u{10AEF}\\u{10B00}-\\u{10B35}\\u{10B40}-\\u{10B55}\\u{10B58}-\\u{10B72}\\u{10B78}-\\u{10B91}\\u{10BA9}-\\u{10BAF}\\u{10C00}-\\u{10C48}\\u{10C80}-\\u{10CB2}\\u{10CC0}-\\u{10CF2}\\u{10CFA}-\\u{10D23}\\u{10D30}-\\u{10D39}\\u{10E60}-\\u{10E7E}\\u{10E80}-\\u{10EA9}\\u{10EB0}\\u{10EB1}\\u{10F00}-\\u{10F27}\\u{10F30}-\\u{10F45}\\u{10F51}-\\u{10F54}\\u{10F70}-\\u{10F81}\\u{10FB0}-\\u{10FCB}\\u{10FE0}-\\u{10FF6}\\u{11003}-\\u{11037}\\u{11052}-\\u{1106F}\\u{11071}\\u{11072}\\u{11075}\\u{11083}-\\u{110AF}\\u{110D0}-\\u{110E8}\\u{110F0}-\\u{110F9}\\u{11103}-\\u{11126}\\u{11136}-\\u{1113F}\\u{11144}\\u{11147}\\u{11150}-\\u{11172}\\u{11176}\\u{11183}-\\u{111B2}\\u{111C1}-\\u{111C4}\\u{111D0}-\\u{111DA}\\u{111DC}\\u{111E1}-\\u{111F4}\\u{11200}-\\u{11211}\\u{11213}-\\u{1122B}\\u{11280}-\\u{11286}\\u{11288}\\u{1128A}-\\u{1128D}\\u{1128F}-\\u{1129D}\\u{1129F}-\\u{112A8}\\u{112B0}-\\u{112DE}\\u{112F0}-\\u{112F9}\\u{11305}-\\u{1130C}\\u{1130F}\\u{11310}\\u{11313}-\\u{11328}\\u{1132A}-\\u{11330}\\u{11332}\\u{11333}\\u{11335}-\\u{11339}\\u{1133D}\\u{11350}\\u{1135D}-\\u{11361}\\u{11400}-\\u{11434}\\u{11447}-\\u{1144A}\\u{11450}-\\u{11459}\\u{1145F}-\\u{11461}\\u{11480}-\\u{114AF}\\u{114C4}\\u{114C5}\\u{114C7}\\u{114D0}-\\u{114D9}\\u{11580}-\\u{115AE}\\u{115D8}-\\u{115DB}\\u{11600}-\\u{1162F}\\u{11644}\\u{11650}-\\u{11659}\\u{11680}-\\u{116AA}\\u{116B8}\\u{116C0}-\\u{116C9}\\u{11700}-\\u{1171A}\\u{11730}-\\u{1173B}\\u{11740}-\\u{11746}\\u{11800}-\\u{1182B}\\u{118A0}-\\u{118F2}\\u{118FF}-\\u{11906}\\u{11909}\\u{1190C}-\\u{11913}\\u{11915}\\u{11916}\\u{11918}-\\u{1192F}\\u{1193F}\\u{11941}\\u{11950}-\\u{11959}\\u{119A0}-\\u{119A7}\\u{119AA}-\\u{119D0}\\u{119E1}\\u{119E3}\\u{11A00}\\u{11A0B}-\\u{11A32}\\u{11A3A}\\u{11A50}\\u{11A5C}-\\u{11A89}\\u{11A9D}\\u{11AB0}-\\u{11AF8}\\u{11C00}-\\u{11C08}\\u{11C0A}-\\u{11C2E}\\u{11C40}\\u{11C50}-\\u{11C6C}\\u{11C72}-\\u{11C8F}\\u{11D00}-\\u{11D06}\\u{11D08}\\u{11D09}\\u{11D0B}-\\u{11D30}\\u{11D46}\\u{11D50}-\\u{11D59}\\u{11D60}-\\u{11D65}\\u{11D67}\\u{11D68}\\u{11D6A}-\\u{11D89}\\u{11D98}\\u{11DA0}-\\u{11DA9}\\u{11EE0}-\\u{11EF2}\\u{11FB0}\\u{11FC0}-\\u{11FD4}\\u{12000}-\\u{12399}\\u{12400}-\\u{1246E}\\u{12480}-\\u{12543}\\u{12F90}-\\u{12FF0}\\u{13000}-\\u{1342E}\\u{14400}-\\u{14646}\\u{16800}-\\u{16A38}\\u{16A40}-\\u{16A5E}\\u{16A60}-\\u{16A69}\\u{16A70}-\\u{16ABE}\\u{16AC0}-\\u{16AC9}\\u{16AD0}-\\u{16AED}\\u{16B00}-\\u{16B2F}\\u{16B40}-\\u{16B43}\\u{16B50}-\\u{16B59}\\u{16B5B}-\\u{16B61}\\u{16B63}-\\u{16B77}\\u{16B7D}-\\u{16B8F}\\u{16E40}-\\u{16E96}\\u{16F00}-\\u{16F4A}\\u{16F50}\\u{16F93}-\\u{16F9F}\\u{16FE0}\\u{16FE1}\\u{16FE3}\\u{17000}-\\u{187F7}\\u{18800}-\\u{18CD5}\\u{18D00}-\\u{18D08}\\u{1AFF0}-\\u{1AFF3}\\u{1AFF5}-\\u{1AFFB}\\u{1AFFD}\\u{1AFFE}\\u{1B000}-\\u{1B122}\\u{1B150}-\\u{1B152}\\u{1B164}-\\u{1B167}\\u{1B170}-\\u{1B2FB}\\u{1BC00}-\\u{1BC6A}\\u{1BC70}-\\u{1BC7C}\\u{1BC80}-\\u{1BC88}\\u{1BC90}-\\u{1BC99}\\u{1D2E0}-\\u{1D2F3}\\u{1D360}-\\u{1D378}\\u{1D400}-\\u{1D454}\\u{1D456}-\\u{1D49C}\\u{1D49E}\\u{1D49F}\\u{1D4A2}\\u{1D4A5}\\u{1D4A6}\\u{1D4A9}-\\u{1D4AC}\\u{1D4AE}-\\u{1D4B9}\\u{1D4BB}\\u{1D4BD}-\\u{1D4C3}\\u{1D4C5}-\\u{1D505}\\u{1D507}-\\u{1D50A}\\u{1D50D}-\\u{1D514}\\u{1D516}-\\u{1D51C}\\u{1D51E}-\\u{1D539}\\u{1D53B}-\\u{1D53E}\\u{1D540}-\\u{1D544}\\u{1D546}\\u{1D54A}-\\u{1D550}\\u{1D552}-\\u{1D6A5}\\u{1D6A8}-\\u{1D6C0}\\u{1D6C2}-\\u{1D6DA}\\u{1D6DC}-\\u{1D6FA}\\u{1D6FC}-\\u{1D714}\\u{1D716}-\\u{1D734}\\u{1D736}-\\u{1D74E}\\u{1D750}-\\u{1D76E}\\u{1D770}-\\u{1D788}\\u{1D78A}-\\u{1D7A8}\\u{1D7AA}-\\u{1D7C2}\\u{1D7C4}-\\u{1D7CB}\\u{1D7CE}-\\u{1D7FF}\\u{1DF00}-\\u{1DF1E}\\u{1E100}-\\u{1E12C}\\u{1E137}-\\u{1E13D}\\u{1E140}-\\u{1E149}\\u{1E14E}\\u{1E290}-\\u{1E2AD}\\u{1E2C0}-\\u{1E2EB}\\u{1E2F0}-\\u{1E2F9}\\u{1E7E0}-\\u{1E7E6}\\u{1E7E8}-\\u{1E7EB}\\u{1E7ED}\\u{1E7EE}\\u{1E7F0}-\\u{1E7FE}\\u{1E800}-\\u{1E8C4}\\u{1E8C7}-\\u{1E8CF}\\u{1E900}-\\u{1E943}\\u{1E94B}\\u{1E950}-\\u{1E959}\\u{1EC71}-\\u{1ECAB}\\u{1ECAD}-\\u{1ECAF}\\u{1ECB1}-\\u{1ECB4}\\u{1ED01}-\\u{1ED2D}\\u{1ED2F}-\\u{1ED3D}\\u{1EE00}-\\u{1EE03}\\u{1EE05}-\\u{1EE1F}\\u{1EE21}\\u{1EE22}\\u{1EE24}\\u{1EE27}\\u{1EE29}-\\u{1EE32}\\u{1EE34}-\\u{1EE37}\\u{1EE39}\\u{1EE3B}\\u{1EE42}\\u{1EE47}\\u{1EE49}\\u{1EE4B}\\u{1EE4D}-\\u{1EE4F}\\u{1EE51}\\u{1EE52}\\u{1EE54}\\u{1EE57}\\u{1EE59}\\u{1EE5B}\\u{1EE5D}\\u{1EE5F}\\u{1EE61}\\u{1EE62}\\u{1EE64}\\u{1EE67}-\\u{1EE6A}\\u{1EE6C}-\\u{1EE72}\\u{1EE74}-\\u{1EE77}\\u{1EE79}-\\u{1EE7C}\\u{1EE7E}\\u{1EE80}-\\u{1EE89}\\u{1EE8B}-\\u{1EE9B}\\u{1EEA1}-\\u{1EEA3}\\u{1EEA5}-\\u{1EEA9}\\u{1EEAB}-\\u{1EEBB}\\u{1F100}-\\u{1F10C}\\u{1FBF0}-\\u{1FBF9}\\u{20000}-\\u{2A6DF}\\u{2A700}-\\u{2B738}\\u{2B740}-\\u{2B81D}\\u{2B820}-\\u{2CEA1}\\u{2CEB0}-\\u{2EBE0}\\u{2F800}-\\u{2FA1D}\\u{30000}-\\u{3134A}';
var py_RE_S = '\\u{9}-\\u{D}\\u{1C}-\\u{20}\\u{85}\\u{A0}\\u{1680}\\u{2000}-\\u{200A}\\u{2028}\\u{2029}\\u{202F}\\u{205F}\\u{3000}';

// A compiled pattern: src/ne (ne: the source behind a marker group refusing an empty match, or null), the
// number of groups, the names as [[name, index], ...], the pattern string, its flags, repr, min/max width;
// local: the pattern has no lookaround, so a match reads the text only within it, one code point before it and
// two after it (anchors): it may be run again on a window of the text (py_re_win), in time of the window.
function py_ReParts(src, ne, n, names, pattern, flags, repr, minw, maxw, local) {
  this.py_comp = true;
  this.py_ops = py_RE_OPS;
  this.type = 're.Pattern';
  this.src = src;
  this.ne = ne;
  this.n = n;
  this.names = names;
  this.pattern = pattern;
  this.flags = flags;
  this.repr = repr;
  this.minw = minw;
  this.maxw = maxw;
  this.local = local === true;
  this.rx = {};
}

function py_re_pat(src, ne, n, names, pattern, flags, repr, minw, maxw, local) {
  return new py_ReParts(src, ne, n, names, pattern, flags, repr, minw, maxw, local);
}

// The pattern re.escape(text) made at run time (e: the escaped text): it matches the text itself, whatever the
// flags other than IGNORECASE (refused at compile time). re.escape puts a backslash before some characters only.
function py_re_lit(e) {
  var t = e.replace(/\\([\s\S])/gu, '$1'), src = '', n = 0;
  for (var i = 0; i < t.length; i++) {
    var c = t.codePointAt(i);
    if (c > 0xFFFF) i++;
    src += (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? String.fromCharCode(c)
      : '\\u{' + c.toString(16) + '}';
    n++;
  }
  return new py_ReParts(src, null, 0, [], e, 32, '', n, n, true);
}

// the RegExp of a pattern for one use: 'g' search, 'y' match at a position, 'f' fullmatch, 'n' non-empty
function py_re_rx(P, kind) {
  var r = P.rx[kind];
  if (r === undefined) {
    if (kind === 'g') r = new RegExp(P.src, 'gu');
    else if (kind === 'y') r = new RegExp(P.src, 'yu');
    else if (kind === 'f') r = new RegExp('(?:' + P.src + ')(?![\\s\\S])', 'yu');
    else r = new RegExp(P.ne, 'yu');
    P.rx[kind] = r;
  }
  return r;
}

function py_ReMatch(P, s, r, cc) {
  this.py_comp = true;
  this.py_ops = py_RE_OPS;
  this.type = 're.Match';
  this.P = P;
  this.s = s;
  this.r = r;      // the RegExp result: r[0] the match, r[g] group g (undefined: did not take part), r.index
  this.cc = cc === undefined ? py_re_cc() : cc;    // code-point counts (py_re_cp), shared by the matches of a search
}

var py_RE_OPS = {len: py_re_len, json: py_re_json, refused: py_re_refused, repr: py_re_repr, inText: true};

function py_re_len(x) {
  throw py_err('TypeError', 'py2cs: the truth value (or len()) of a ' + (x instanceof py_ReMatch ? 'match' : 'pattern') +
    ' object py2cs cannot follow here (returned by a function, kept in a container or in a variable of several ' +
    'types) is not supported: test `m is not None`');
}

function py_re_json(x) {
  throw py_err('TypeError', 'Object of type ' + (x instanceof py_ReMatch ? 'Match' : 'Pattern') + ' is not JSON serializable');
}

// the object of json.dumps(m) with m statically a match or pattern: json's TypeError names the class 'Match'
function py_re_jsonarg(x) {
  if (x instanceof py_ReMatch || x instanceof py_ReParts) throw py_re_json(x);
  return x;
}

function py_re_refused(what, x) {
  if (what === 'iterating over') return py_err('TypeError', "'" + x.type + "' object is not iterable");
  if (what === '`in` on') return py_err('TypeError', "argument of type '" + x.type + "' is not iterable");
  return py_err('TypeError', 'py2cs: ' + what + ' a ' + x.type + ' object is not supported here');
}

function py_re_repr(x) {
  if (!(x instanceof py_ReMatch)) return x.repr;
  var sp = py_re_span(x, 0), t = py_repr(x.r[0]);
  if (py_op_SURR.test(t)) t = Array.from(t).slice(0, 50).join('');
  else t = t.slice(0, 50);
  return '<re.Match object; span=(' + sp[0] + ', ' + sp[1] + '), match=' + t + '>';
}

// the code-point index of UTF-16 index i in s; the last answer is kept in c0 (py_re_cc: one for the matches of a
// findall, finditer, sub or split, which come in order: counting on, or back, from it keeps them linear in the text,
// not quadratic). The cache is not kept by string: QuickJS compares two equal strings in time of their length,
// even the same string.
function py_re_cc() {
  return {surr: null, i: 0, n: 0};
}

function py_re_cp(s, i, c0) {
  var n = 0, k = 0;
  if (c0.surr === null) c0.surr = py_op_SURR.test(s);
  if (!c0.surr) return i;
  var a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
  var inPair = a >= 0xD800 && a <= 0xDBFF && b >= 0xDC00 && b <= 0xDFFF;
  if (c0.i <= i) {
    k = c0.i;
    n = c0.n;
  } else if (!inPair) {
    // back from the last answer (a group's start asked after a later one): pairs between are whole
    for (k = c0.i, n = c0.n; k > i; k--) {
      var e = s.charCodeAt(k - 1);
      if (e >= 0xDC00 && e <= 0xDFFF && k - 2 >= i) {
        var f = s.charCodeAt(k - 2);
        if (f >= 0xD800 && f <= 0xDBFF) k--;
      }
      n--;
    }
    c0.i = i;
    c0.n = n;
    return n;
  }
  for (; k < i; k++) {
    var c = s.charCodeAt(k);
    if (c >= 0xD800 && c <= 0xDBFF && k + 1 < i) {
      var d = s.charCodeAt(k + 1);
      if (d >= 0xDC00 && d <= 0xDFFF) k++;
    }
    n++;
  }
  if (!inPair) {   // not inside a pair: a place to count on from
    c0.i = i;
    c0.n = n;
  }
  return n;
}

// the UTF-16 width of the code point at i
function py_re_cw(s, i) {
  var c = s.charCodeAt(i);
  if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
    var d = s.charCodeAt(i + 1);
    if (d >= 0xDC00 && d <= 0xDFFF) return 2;
  }
  return 1;
}

// The window [a, b) of s (UTF-16) around [i, j): k units more on each side, a surrogate pair never cut
function py_re_win(s, i, j, k) {
  var a = i - k, b = j + k;
  if (a <= 0) a = 0;
  else {
    var c = s.charCodeAt(a);
    if (c >= 0xDC00 && c <= 0xDFFF) a--;
  }
  if (b >= s.length) b = s.length;
  else {
    var d = s.charCodeAt(b - 1);
    if (d >= 0xD800 && d <= 0xDBFF) b++;
  }
  return [a, b];
}

function py_re_str(s) {
  if (typeof s !== 'string') throw py_err('TypeError', "expected string or bytes-like object, got '" + py_op_tn(s) + "'");
  return s;
}

// rx.exec(s) for a global ('g') RegExp: V8 (Chromium, Node) tries a match of a pattern that starts with a
// lookaround at the middle of a surrogate pair too (/(?![\s\S])/gu finds index 3 in 'ab\u{1F601}c'), where
// CPython's positions are code points: such a match is skipped, and the search goes on after the pair
function py_re_gexec(rx, s) {
  var r = rx.exec(s);
  while (r !== null && r.index > 0 && r.index < s.length) {
    var c = s.charCodeAt(r.index), d = s.charCodeAt(r.index - 1);
    if (!(c >= 0xDC00 && c <= 0xDFFF && d >= 0xD800 && d <= 0xDBFF)) break;
    rx.lastIndex = r.index + 1;
    r = rx.exec(s);
  }
  return r;
}

// The next match at or after UTF-16 index pos; must: the previous match was empty and ended at pos, so an empty
// match at pos is refused (CPython 3.7+: a non-empty match may still start there).
function py_re_next(P, s, pos, must) {
  var rx, r;
  if (must) {
    if (P.ne !== null) {
      // the marker group keeps the rest of the text: for a pattern that reads at most maxw code points (and two
      // more, anchors), a window of the text keeps the search linear in the window, not in the text
      var t = s, base = 0;
      if (P.local && P.maxw <= 4096) {
        var w = py_re_win(s, pos, pos + 2 * P.maxw, 8);
        if (w[1] - w[0] < s.length) {
          base = w[0];
          t = s.slice(w[0], w[1]);
        }
      }
      rx = py_re_rx(P, 'n');
      rx.lastIndex = pos - base;
      r = rx.exec(t);
      if (r !== null) {
        r.splice(1, 1);
        r.k = 'n';
        r.index += base;
        return r;
      }
    } else {
      // the pattern finds a non-empty match first wherever it has one (re_translate._empty_first_is_last)
      rx = py_re_rx(P, 'g');
      rx.lastIndex = pos;
      r = py_re_gexec(rx, s);
      if (r === null || r.index !== pos || r[0].length > 0) return r;
    }
    if (pos >= s.length) return null;
    pos += py_re_cw(s, pos);
  }
  rx = py_re_rx(P, 'g');
  rx.lastIndex = pos;
  return py_re_gexec(rx, s);
}

// re.search / re.match / re.fullmatch (mode 0, 1, 2)
function py_re_search(P, s, mode, pos, endpos) {
  var b = py_re_bounds(s, pos, endpos, arguments.length - 3);
  if (b === null && mode === 1) {
    // CPython's match runs with its position beyond the end there: some empty patterns match (\b, '')
    throw py_err('TypeError', 'py2cs: Pattern.match() with pos after endpos is not supported');
  }
  if (b === null) return null;
  var t = b === undefined ? s : b.s;
  var rx = py_re_rx(P, mode === 0 ? 'g' : mode === 1 ? 'y' : 'f');
  rx.lastIndex = b === undefined ? 0 : b.u;
  var r = mode === 0 ? py_re_gexec(rx, t) : rx.exec(t);
  if (r !== null && mode === 2) r.k = 'f';
  return r === null ? null : py_re_new(P, s, t, r, b);
}

// Pattern methods' pos and endpos (code points, clamped to the string as CPython does): the text the search
// sees (cut at endpos; what comes before pos stays visible to lookbehinds and ^), the UTF-16 start and the
// clamped values; undefined without them, null when pos > endpos (no match). The string is checked here.
function py_re_bounds(s, pos, endpos, given) {
  var p = given > 0 ? py_op_index(pos) : 0, e = given > 1 ? py_op_index(endpos) : -1;
  py_re_str(s);
  if (!(given > 0)) return undefined;
  var n = py_op_strlen(s);
  p = p < 0 ? 0 : p > n ? n : p;
  e = given > 1 ? (e < 0 ? 0 : e > n ? n : e) : n;
  if (p > e) return null;
  return {s: e === n ? s : s.slice(0, py_re_unit(s, e)), u: py_re_unit(s, p), p: p, e: e};
}

// the UTF-16 index of code point index k in s
function py_re_unit(s, k) {
  if (!py_op_SURR.test(s)) return k;
  var i = 0;
  while (k > 0 && i < s.length) {
    i += py_re_cw(s, i);
    k--;
  }
  return i;
}

function py_re_new(P, s, t, r, b, cc) {
  var m = new py_ReMatch(P, t, r, cc);
  if (b !== undefined) {
    m.str = s;
    m.p = b.p;
    m.e = b.e;
  }
  return m;
}

// all matches (CPython's search loop), at most max (0: all)
function py_re_all(P, s, max, start) {
  var out = [], pos = start === undefined ? 0 : start, must = false, r;
  while (pos <= s.length && (max === 0 || out.length < max)) {
    r = py_re_next(P, s, pos, must);
    if (r === null) break;
    out.push(r);
    var end = r.index + r[0].length;
    must = end === r.index;
    pos = end;
  }
  return out;
}

function py_re_findall(P, s, pos, endpos) {
  var b = py_re_bounds(s, pos, endpos, arguments.length - 2);
  if (b === null) return [];
  var rs = b === undefined ? py_re_all(P, s, 0) : py_re_all(P, b.s, 0, b.u), out = new Array(rs.length), n = P.n;
  for (var i = 0; i < rs.length; i++) {
    var r = rs[i];
    if (n === 0) out[i] = r[0];
    else if (n === 1) out[i] = r[1] === undefined ? '' : r[1];
    else {
      var t = new Array(n);
      for (var g = 1; g <= n; g++) t[g - 1] = r[g] === undefined ? '' : r[g];
      out[i] = py_tuple(t);
    }
  }
  return out;
}

function py_re_finditer(P, s, pos, endpos) {
  var b = py_re_bounds(s, pos, endpos, arguments.length - 2);
  if (b === null) return [];
  var t = b === undefined ? s : b.s, rs = b === undefined ? py_re_all(P, s, 0) : py_re_all(P, t, 0, b.u);
  var out = new Array(rs.length);
  var cc = py_re_cc();
  for (var i = 0; i < rs.length; i++) out[i] = py_re_new(P, s, t, rs[i], b, cc);
  return out;
}

// count / maxsplit: an int (negative: no replacement / no split)
function py_re_count(c) {
  if (c === undefined) return 0;
  var v = py_op_index(c);
  return v < 0 ? -1 : v;
}

// re.sub / re.subn. tpl: the replacement, parsed at compile time (py_re_rtpl at run time): an array of literal
// strings and group numbers, an Error (CPython's re.error for a bad template) or a function of the match.
function py_re_sub(P, tpl, s, count, wantN) {
  var isFn = typeof tpl === 'function';
  if (tpl instanceof Error) throw tpl;
  py_re_str(s);
  var max = py_re_count(count);
  var rs = max < 0 ? [] : py_re_all(P, s, max), parts = [], last = 0, i, k, cc = py_re_cc();
  for (i = 0; i < rs.length; i++) {
    var r = rs[i];
    if (last < r.index) parts.push(s.slice(last, r.index));
    if (isFn) {
      var v = tpl(new py_ReMatch(P, s, r, cc));
      if (v != null) parts.push(v);
    } else {
      var piece = '';
      for (k = 0; k < tpl.length; k++) {
        var t = tpl[k];
        piece += typeof t === 'string' ? t : (r[t] === undefined ? '' : r[t]);
      }
      if (piece !== '') parts.push(piece);
    }
    last = r.index + r[0].length;
  }
  var out;
  if (rs.length === 0) out = s;
  else {
    if (last < s.length) parts.push(s.slice(last));
    for (i = 0; i < parts.length; i++) {
      if (typeof parts[i] !== 'string') {
        throw py_err('TypeError', 'sequence item ' + i + ': expected str instance, ' + py_op_tn(parts[i]) + ' found');
      }
    }
    out = parts.join('');
  }
  return wantN ? py_tuple([out, rs.length]) : out;
}

// re.sub looks a replacement up in a cache first (CPython 3.11's lru_cache on _compile_repl): an unhashable one
// raises there, before the str check
function py_re_hashable(t) {
  if (Array.isArray(t)) {
    if (t.__py_tuple__ !== true) throw py_err('TypeError', "unhashable type: 'list'");
    for (var i = 0; i < t.length; i++) py_re_hashable(t[i]);
  } else if (t instanceof Map) {
    throw py_err('TypeError', "unhashable type: '" + py_coll_tn(t) + "'");
  } else if (t instanceof Set) {
    throw py_err('TypeError', "unhashable type: 'set'");
  }
}

// A replacement given at run time: a function, or a template string parsed as CPython's re._parser.parse_template
// does (the same errors, at the same positions).
function py_re_rtpl(P, t, sub) {
  if (typeof t === 'function') return py_fn_n(t, 1);
  if (sub) py_re_hashable(t);
  if (typeof t !== 'string') throw py_err('TypeError', 'decoding to str: need a bytes-like object, ' + py_op_tn(t) + ' found');
  if (t.indexOf('\\') < 0) return [t];
  var cs = Array.from(t), n = cs.length, i = 0, next = null, nlen0 = 0, out = [], lit = '';
  function err(msg, pos) {
    var m = msg + ' at position ' + pos;
    if (t.indexOf('\n') >= 0) {
      var line = 1, last = -1;
      for (var q = 0; q < pos && q < n; q++) if (cs[q] === '\n') { line++; last = q; }
      m += ' (line ' + line + ', column ' + (pos - last) + ')';
    }
    return py_err('error', m);
  }
  function advance() {          // Tokenizer.__next
    if (i >= n) { next = null; nlen0 = 0; return; }
    var c = cs[i];
    if (c === '\\') {
      if (i + 1 >= n) throw err('bad escape (end of pattern)', n - 1);
      c += cs[i + 1];
      i += 2;
      nlen0 = 2;
    } else {
      i += 1;
      nlen0 = 1;
    }
    next = c;
  }
  function tell() { return i - nlen0; }     // in code points
  function get() { var x = next; advance(); return x; }
  function group(index, back) {
    if (index > P.n) throw err('invalid group reference ' + index, tell() - back);
    if (lit !== '') out.push(lit);
    lit = '';
    out.push(index);
  }
  var OCT = '01234567', DIG = '0123456789', ESC = {a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\'};
  advance();
  for (;;) {
    var th = get();
    if (th === null) break;
    if (th.length === 1 || th.charAt(0) !== '\\') { lit += th; continue; }
    var c = th.slice(1);
    if (c === 'g') {
      if (next !== '<') throw err('missing <', tell());
      advance();
      var name = '', k;
      for (;;) {                 // Tokenizer.getuntil('>', 'group name')
        var x = next;
        advance();
        if (x === null) {
          if (name === '') throw err('missing group name', tell());
          throw err('missing >, unterminated name', tell() - Array.from(name).length);
        }
        if (x === '>') {
          if (name === '') throw err('missing group name', tell() - 1);
          break;
        }
        name += x;
      }
      var nlen = Array.from(name).length, idx = -1;
      for (k = 0; k < P.names.length; k++) if (P.names[k][0] === name) idx = P.names[k][1];
      if (idx >= 0) { group(idx, nlen + 1); continue; }
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw py_err('IndexError', 'unknown group name ' + py_repr(name));
      if (!/^[0-9]+$/.test(name)) {
        if (/^[\x00-\x7f]*$/.test(name) && !/^\s*[+-]?[0-9][0-9_]*\s*$/.test(name)) {
          throw err('bad character in group name ' + py_repr(name), tell() - nlen - 1);
        }
        throw py_err('TypeError', 'py2cs: the group reference ' + py_repr(name) + ' in a replacement given at run time is not supported; write \\g<1> or \\g<name>');
      }
      var v = parseInt(name, 10);     // ASCII digits
      if (v >= 1073741823) throw err('invalid group reference ' + name.replace(/^0+(?=.)/, ''), tell() - nlen - 1);
      group(v, nlen + 1);
    } else if (c === '0') {
      var o = '0';
      if (next !== null && next.length === 1 && OCT.indexOf(next) >= 0) {
        o += get();
        if (next !== null && next.length === 1 && OCT.indexOf(next) >= 0) o += get();
      }
      lit += String.fromCharCode(parseInt(o, 8) & 0xff);
    } else if (c.length === 1 && DIG.indexOf(c) >= 0) {
      var ds = c, oct = false;
      if (next !== null && next.length === 1 && DIG.indexOf(next) >= 0) {
        ds += get();
        if (OCT.indexOf(c) >= 0 && OCT.indexOf(ds.charAt(1)) >= 0 && next !== null && next.length === 1 && OCT.indexOf(next) >= 0) {
          ds += get();
          oct = true;
          var ov = parseInt(ds, 8);
          if (ov > 255) throw err('octal escape value \\' + ds + ' outside of range 0-0o377', tell() - ds.length - 1);
          lit += String.fromCharCode(ov);
        }
      }
      if (!oct) group(parseInt(ds, 10), ds.length);
    } else if (ESC.hasOwnProperty(c)) {
      lit += ESC[c];
    } else if (/^[A-Za-z]$/.test(c)) {
      throw err('bad escape ' + th, tell() - th.length);
    } else {
      lit += th;
    }
  }
  if (lit !== '') out.push(lit);
  return out;
}

// re.sub / re.subn with a replacement known only at run time
function py_re_subr(P, repl, s, count, wantN) {
  return py_re_sub(P, py_re_rtpl(P, repl, true), s, count, wantN);
}

function py_re_split(P, s, maxsplit) {
  py_re_str(s);
  var max = py_re_count(maxsplit);
  var rs = max < 0 ? [] : py_re_all(P, s, max), out = [], last = 0;
  for (var i = 0; i < rs.length; i++) {
    var r = rs[i];
    out.push(s.slice(last, r.index));
    for (var g = 1; g <= P.n; g++) out.push(r[g] === undefined ? null : r[g]);
    last = r.index + r[0].length;
  }
  out.push(s.slice(last));
  return out;
}

// re.escape (Python 3.7+: only the regex metacharacters and whitespace)
function py_re_escape(s) {
  if (typeof s !== 'string') throw py_err('TypeError', 'decoding to str: need a bytes-like object, ' + py_op_tn(s) + ' found');
  return s.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, '\\$&');
}

// ---------------------------------------------------------------- match objects

function py_re_m(m, name) {
  if (m instanceof py_ReMatch) return m;
  throw py_err('AttributeError', "'" + py_op_tn(m) + "' object has no attribute '" + name + "'");
}

// the group number of g (an int or a name)
function py_re_gi(m, g) {
  if (typeof g === 'string') {
    var names = m.P.names;
    for (var i = 0; i < names.length; i++) if (names[i][0] === g) return names[i][1];
  } else if (py_op_numkind(g) === 1) {
    var v = py_numval(g);
    if (v >= 0 && v <= m.P.n) return v;
  } else if (m.P.names.length > 0) {
    py_re_hashable(g);      // CPython looks a non-int up in the pattern's groupindex dict (when it has names)
  }
  throw py_err('IndexError', 'no such group');
}

function py_re_g(m, g) {
  var v = m.r[py_re_gi(m, g)];
  return v === undefined ? null : v;
}

// m.group(*gs)
function py_re_group(m, gs) {
  py_re_m(m, 'group');
  if (gs.length === 0) return m.r[0];
  if (gs.length === 1) return py_re_g(m, gs[0]);
  var out = new Array(gs.length);
  for (var i = 0; i < gs.length; i++) out[i] = py_re_g(m, gs[i]);
  return py_tuple(out);
}

// m[g]
function py_re_item(m, g) {
  if (!(m instanceof py_ReMatch)) throw py_err('TypeError', "'" + py_op_tn(m) + "' object is not subscriptable");
  return py_re_g(m, g);
}

// the truth of a value of unknown type in a module that uses re: a match object (or pattern) is true
function py_re_bool(x) {
  return x instanceof py_ReMatch || x instanceof py_ReParts ? true : py_bool(x);
}

// o[i] on a value of unknown type in a module that uses re: a match object's group, else as always
function py_re_getitem(o, i) {
  return o instanceof py_ReMatch ? py_re_g(o, i) : py_getitem(o, i);
}

function py_re_groups(m, dflt) {
  py_re_m(m, 'groups');
  var out = new Array(m.P.n);
  for (var g = 1; g <= m.P.n; g++) out[g - 1] = m.r[g] === undefined ? (dflt === undefined ? null : dflt) : m.r[g];
  return py_tuple(out);
}

function py_re_groupdict(m, dflt) {
  py_re_m(m, 'groupdict');
  var out = new Map(), names = m.P.names;
  for (var i = 0; i < names.length; i++) {
    var v = m.r[names[i][1]];
    out.set(names[i][0], v === undefined ? (dflt === undefined ? null : dflt) : v);
  }
  return out;
}

// m.span(g) as [start, end] in code points
function py_re_span(m, g) {
  var i = g === undefined ? 0 : py_re_gi(m, g);
  if (i !== 0) {
    if (m.r[i] === undefined) return [-1, -1];
    var st = py_re_gstart(m, i), a0 = py_re_cp(m.s, st, m.cc);
    return [a0, a0 + py_op_strlen(m.r[i])];
  }
  var a = py_re_cp(m.s, m.r.index, m.cc);
  return [a, a + py_op_strlen(m.r[0])];
}

// The source with the rest of the text captured in front of each group: Python group k is JS group off + 2k,
// the rest at its start off + 2k - 1 (the translated source writes a group as '(' not followed by '?', and a
// backreference as '\\N'; literal parentheses and backslashes are \u{..} escapes).
function py_re_possrc(src, off) {
  return src.replace(/\((?!\?)|\\(\d+)/g, function (t, d) {
    return d === undefined ? '(?=([\\s\\S]*))(' : '\\' + (off + 2 * (+d));
  });
}

// RegExp's d flag (hasIndices: every group's [start, end]): null until asked; QuickJS has none
var py_re_HASD = {v: null};

// The UTF-16 starts of groups 0..n (-1: did not take part) of the match of P found by a search of the given kind
// at UTF-16 index `at` of t, whose text is m0; null when the search finds another match there (a window of the
// text can: the caller tries the whole text then). With the d flag the RegExp gives the positions; without it
// the match is found again by the same pattern capturing the rest of the text at each group's start.
function py_re_gpos(P, kind, t, at, m0) {
  var D = py_re_HASD, off = kind === 'n' ? 1 : 0, out = [], g, rr, rx, key;
  if (D.v === null) {
    try {
      D.v = new RegExp('a', 'd').exec('a').indices[0][1] === 1;
    } catch (e) {
      D.v = false;
    }
  }
  key = (D.v ? 'd' : 'p') + kind;
  rx = P.rx[key];
  if (rx === undefined) {
    var ps = kind === 'n' ? P.ne : P.src, fl = 'yu';
    if (D.v) fl = 'yud';
    else {
      ps = py_re_possrc(P.src, off);
      if (kind === 'n') ps = '(?=([\\s\\S]*))(?:' + ps + ')(?!\\1(?![\\s\\S]))';
    }
    if (kind === 'f') ps = '(?:' + ps + ')(?![\\s\\S])';
    rx = P.rx[key] = new RegExp(ps, fl);
  }
  rx.lastIndex = at;
  rr = rx.exec(t);
  if (rr === null || rr[0] !== m0) return null;
  for (g = 0; g <= P.n; g++) {
    var x;
    if (g === 0) x = at;
    else if (D.v) {
      x = rr.indices[off + g];
      x = x === undefined ? -1 : x[0];
    } else {
      x = rr[off + 2 * g - 1];
      x = x === undefined || rr[off + 2 * g] === undefined ? -1 : t.length - x.length;
    }
    out.push(x);
  }
  return out;
}

// The UTF-16 start of group i of m (JavaScript reports the texts of groups, not their positions): the match is
// found again, on a window of the text around it when the pattern is local (in time of the match, not of the
// text: a loop over the matches of a long text stays linear).
function py_re_gstart(m, i) {
  if (m.gp === undefined) {
    var P = m.P, kind = m.r.k === undefined ? 'g' : m.r.k, s = m.s, at = m.r.index, gp = null;
    m.gb = 0;
    if (P.local) {
      var w = py_re_win(s, at, at + m.r[0].length, 8);
      if (w[1] - w[0] < s.length) {
        gp = py_re_gpos(P, kind, s.slice(w[0], w[1]), at - w[0], m.r[0]);
        m.gb = w[0];
      }
    }
    if (gp === null) {
      m.gb = 0;
      gp = py_re_gpos(P, kind, s, at, m.r[0]);
    }
    if (gp === null) throw py_err('TypeError', 'py2cs: internal error: the match of a group position differs');
    m.gp = gp;
  }
  return m.gp[i] + m.gb;
}

function py_re_start(m, g) {
  return py_re_span(py_re_m(m, 'start'), g)[0];
}

function py_re_end(m, g) {
  return py_re_span(py_re_m(m, 'end'), g)[1];
}

function py_re_mspan(m, g) {
  return py_tuple(py_re_span(py_re_m(m, 'span'), g));
}

// m.expand(template): the template parsed as re.sub parses it, groups that did not take part empty
function py_re_expand(m, t) {
  py_re_m(m, 'expand');
  if (typeof t === 'function') throw py_err('TypeError', 'decoding to str: need a bytes-like object, ' + py_op_tn(t) + ' found');
  var tpl = py_re_rtpl(m.P, t), out = '';
  for (var k = 0; k < tpl.length; k++) {
    var x = tpl[k];
    out += typeof x === 'string' ? x : (m.r[x] === undefined ? '' : m.r[x]);
  }
  return out;
}

// m.string, m.pos, m.endpos
function py_re_attr(m, name) {
  py_re_m(m, name);
  if (name === 'string') return m.str === undefined ? m.s : m.str;
  if (name === 'pos') return m.p === undefined ? 0 : m.p;
  return m.e === undefined ? py_op_strlen(m.s) : m.e;
}
