// The re module for constant patterns. py2cs/re_translate.py translates each pattern at compile time into a
// RegExp source for the `u` flag whose character classes are explicit code-point ranges computed by CPython
// (py_RE_D/W/S are \d \w \s of CPython 3.11 in Unicode mode); these helpers run the searches with Python's
// rules (empty matches, positions in code points, groups) and build match objects.
// Pattern and match objects follow the protocol of Dash components (py_comp, py_ops, type) so that the generic
// helpers, which do not know this file, give CPython's answer or a loud error for them (JSON, repr, type name).

// \d \w \s of CPython 3.11 (Unicode 14) as RegExp class bodies, expanded when the module loads from their
// code point ranges ('gap.length' in base 36; tests/test_re.py checks them against CPython)
function py_re_ranges(src) {
  var parts = src.split(','), out = '', next = 0;
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i], dot = p.indexOf('.');
    var lo = next + parseInt(dot < 0 ? p : p.slice(0, dot), 36);
    var hi = lo + (dot < 0 ? 0 : parseInt(p.slice(dot + 1), 36));
    out += py_re_class_cp(lo) + (hi > lo + 1 ? '-' : '') + (hi > lo ? py_re_class_cp(hi) : '');
    next = hi + 1;
  }
  return out;
}

// a code point in a class body as py2cs/re_translate.py's _cp writes it
function py_re_class_cp(c) {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c === 0x5F
    ? String.fromCharCode(c) : '\\u{' + c.toString(16).toUpperCase() + '}';
}

var py_RE_D = py_re_ranges('1c.9,17q.9,3q.9,5i.9,bg.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,3a.9,2o.9,3a.9,1y.9,7q.9,1y.9,1fq.9,12.9,8c.9,3k.9,4m.9,6.9,52.9,2e.9,3q.9,6.9,r7q.9,iu.9,12.9,5i.9,m.9,2e.9,ba.9,geu.9,13a.9,1om.9,mk.9,3k.9,1o.9,40.9,7q.9,9i.9,3a.9,ae.9,2u.9,2u.9,bq.9,2u.9,l2.9,6u.9,1y.9,f5i.9,2e.9,3q.9,lf8.1d,1ts.9,bq.9,192.9,3o6.9');
var py_RE_W = py_re_ranges('1c.9,7.p,4,1.p,1b,7.1,1,3.1,1.2,1.m,1.u,1.cp,4.b,e.4,7,1,3l.4,1.1,2.3,1,6,1.2,1,1.j,1.2a,1.3u,8.4l,1.11,2,6.14,1z.q,4.3,19.16,l.9,4.1,1.2q,1,f.1,7.e,2,g,1.t,t.2g,b,e.16,9.1,4,5.l,4,9,3,n.o,7.a,5.n,1.5,h.15,1m.1h,3,i,7.9,4.9,1.f,4.7,2.1,2.l,1.6,1,3.3,3,g,d.1,1.2,4.b,2.5,2,8.5,4.1,2.l,1.6,1.1,1.1,1.1,v.3,1,7.9,2.2,g.8,1.2,1.l,1.6,1.1,1.4,3,i,f.1,4.9,9,b.7,2.1,2.l,1.6,1.1,1.4,3,u.1,1.2,4.9,1.6,b,1.5,3.2,1.3,3.1,1,1.1,3.1,3.2,3.b,m,l.c,i.7,1.2,1.m,1.f,3,q.2,2,2.1,4.9,8.6,1,4.7,1.2,1.m,1.9,1.4,3,v.1,1.1,4.9,1.1,h.8,1.2,1.14,2,g,5.2,1.9,4.i,1.5,5.h,3.n,1.8,1,2.6,v.9,h.1b,1.1,c.6,9.9,13.1,1,1.4,1.n,1,1.9,1.1,9,2.4,1,9.9,2.3,w,v.j,c.7,1.z,r.4,37.16,k.a,6.5,4.3,3,3.1,7.2,4.c,c,1.9,6.11,1,5,2.16,1.98,1.3,2.6,1,1.3,2.14,1.3,2.w,1.3,2.6,1,1.3,2.e,1.1k,1.3,2.1u,e.j,3.f,g.2d,2.5,3.h7,2.g,1.p,5.22,3.a,7.h,d.i,e.h,e.c,1.2,f.1f,z,4,3.9,6.9,m.9,6.2g,7.4,2.x,1,5.1x,a.u,13.13,2.4,b.17,4.p,6.a,11.m,9.1g,17.9,6.9,d,2l.1a,h.7,3.9,15.t,d.1j,q.z,s.9,3.1c,2.8,7.16,2.2,15.3,1.5,1.1,3,5.5b,1s.7p,2.5,2.11,2.5,2.7,1,1,1,1.u,2.1g,1.6,1,3.2,1.6,3.3,2.5,4.c,5.2,1.6,37.1,2.5,5.a,6.c,2t,4,2.9,1,3.4,6,1,1,1.3,1.a,2.3,5.4,4,1.1l,k6.1n,26.l,hi.t,vg.6c,6.3,3.1,9,2.11,1,5,2.1j,7,g.m,9.6,1.6,1.6,1.6,1.6,1.6,1.6,1.6,28,d1.2,p.8,7.4,2.4,4.2d,6.2,1.2h,1.3,5.16,1.2l,3.3,a.v,1c.f,w.9,u.7,1.e,w.9,13.e,8w.533,1s.h3g,1v.19,2.7g,3.r,k.1a,g.u,2.27,13.8,2.2u,2.1r,5.1,1,1.4,o.f,1.2,1.3,1.m,d.5,a.1f,e.1d,s.9,o.5,3,1.1,1.11,a.m,p.s,7.1a,s.a,6.4,1.o,1.14,n.2,1.7,4.9,6.m,3,3.1d,1,3.1,2.4,2,1,o.2,2.a,7.2,c.5,2.5,2.5,9.6,1.6,1.16,1.d,6.36,d.9,6.8mb,c.m,4.1c,6is.a5,2.2x,12.6,c.4,5,1.9,1.c,1.4,1,1.1,1.1,1.2z,x.a2,i.1r,2.1h,14.b,38.4,1.3q,j.9,7.p,6.p,b.2g,3.5,2.5,2.5,2.2,z.b,1.p,1.i,1.1,1.e,2.d,y.3e,c.18,c.1k,h.1,6s.s,3.1c,g.q,4.z,9.t,5.11,a.t,2.z,4.7,1.4,16.4d,2.9,6.z,4.z,4.13,8.1f,c.a,1.e,1.6,1.1,1.a,1.e,1.6,1.1,1v.8m,9.l,a.7,o.5,1.15,1.8,1x.5,2,1.17,1.1,3,2.m,2.u,2.11,8.8,1c.i,1.1,5.w,4.p,1y.1j,4.j,2.1a,f.3,1.2,1.s,a.8,n.u,1.v,w.7,1.r,6.4,g.1h,a.l,2.q,5.p,n.6,28.20,1j.1e,d.1e,7.15,c.9,86.u,1.15,6.1,26.13,8.l,b.3,r.h,1a.r,k.m,c.1g,q.t,1.1,2,d.18,w.o,7.9,9.z,f.9,4,2,8.y,3,c.1b,e.3,b.a,1,4.j,b.h,1.o,2c.6,1,1.3,1.e,1.9,7.1a,h.9,b.7,2.1,2.l,1.6,1.1,1.4,3,i,c.4,4e.1g,i.3,5.9,5.2,u.1b,k.1,1,8.9,4m.1a,15.3,10.1b,k,b.9,12.16,d,7.9,1i.q,l.b,4.6,55.17,38.2a,c.7,2,2.7,1.1,1.n,f,1,e.9,1y.7,2.12,g,1,s,a.13,7,l,b.19,j,i.20,7b.8,1.10,h,f.s,5.t,34.6,1.1,1.11,l,9.9,6.5,1.1,1.v,e,7.9,8m.i,59,f.k,17.pl,2u.32,h.5f,218.2o,f.tq,34h.g6,6nt.fs,7.u,1.9,6.26,1.9,6.t,i.1b,g.3,c.9,1.6,1.k,5.i,j4.2e,2x.22,5,1u.c,1s.1,1,s.4qf,8.yd,16.8,6w7.3,1.6,1.1,1.82,19.2,h.3,8.az,1s4.2y,5.c,3.8,7.9,4ee.j,30.o,3r.2c,1.1y,1.1,2,2.1,2.3,1.b,1,1.6,1.1s,1.3,2.7,1.6,1.r,1.3,1.4,1,3.6,1.9f,2.o,1.o,1.u,1.o,1.u,1.o,1.u,1.o,1.u,1.o,1.7,2.1d,1ds.u,dd.18,a.6,2.9,4,8x.t,i.17,4.9,yu.6,1.3,1.1,1.e,1.5g,2.8,1c.1v,7,4.9,lz.1m,1.2,1.3,24.18,1.e,5e.3,1.q,1.1,1,2,1.9,1.3,1,1,6,4,1,1,1.2,1.1,1,2,1,1,1,1,1.1,1,2.3,1.6,1.3,1.3,1,1.9,1.g,5.2,1.4,1.g,g4.c,25f.9,sm.wyn,w.37c,7.65,2.4g1,e.5rk,2e7.f1,15u.3t6');
var py_RE_S = py_re_ranges('9.4,e.4,2s,q,4bj,1vj.a,t.1,5,1b,334');

// A compiled pattern: src/ne (ne: the source behind a marker group refusing an empty match, or null), the
// number of groups, the names as [[name, index], ...], the pattern string, its flags, repr, min/max width;
// local: the pattern has no lookaround, so a match reads the text only within it, one code point before it and
// two after it (anchors): it may be run again on a window of the text (py_re_win), in time of the window.
function py_ReParts(src, ne, n, names, pattern, flags, repr, minw, maxw, local, co) {
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
  this.co = co;    // the groups in the order of their closing parentheses (undefined: 1, 2, ... n)
  this.rx = {};
}

function py_re_pat(src, ne, n, names, pattern, flags, repr, minw, maxw, local, co) {
  return new py_ReParts(src, ne, n, names, pattern, flags, repr, minw, maxw, local, co);
}

// ---------------------------------------------------------------- patterns made at run time (py2cs/re_template.py)

// The classes of characters CPython 3.11 matches with each other under IGNORECASE (two or more characters each,
// separated by commas; tests/test_re_template.py checks them against CPython for every code point)
var py_RE_CI = 'Aa,Bb,Cc,Dd,Ee,Ff,Gg,Hh,Ii\u0130\u0131,Jj,Kk\u212A,Ll,Mm,Nn,Oo,Pp,Qq,Rr,Ss\u017F,Tt,Uu,Vv,Ww,Xx,Yy,Zz,\u00B5\u039C\u03BC,\u00C0\u00E0,\u00C1\u00E1,\u00C2\u00E2,\u00C3\u00E3,\u00C4\u00E4,\u00C5\u00E5\u212B,\u00C6\u00E6,\u00C7\u00E7,\u00C8\u00E8,\u00C9\u00E9,\u00CA\u00EA,\u00CB\u00EB,\u00CC\u00EC,\u00CD\u00ED,\u00CE\u00EE,\u00CF\u00EF,\u00D0\u00F0,\u00D1\u00F1,\u00D2\u00F2,\u00D3\u00F3,\u00D4\u00F4,\u00D5\u00F5,\u00D6\u00F6,\u00D8\u00F8,\u00D9\u00F9,\u00DA\u00FA,\u00DB\u00FB,\u00DC\u00FC,\u00DD\u00FD,\u00DE\u00FE,\u00DF\u1E9E,\u00FF\u0178,\u0100\u0101,\u0102\u0103,\u0104\u0105,\u0106\u0107,\u0108\u0109,\u010A\u010B,\u010C\u010D,\u010E\u010F,\u0110\u0111,\u0112\u0113,\u0114\u0115,\u0116\u0117,\u0118\u0119,\u011A\u011B,\u011C\u011D,\u011E\u011F,\u0120\u0121,\u0122\u0123,\u0124\u0125,\u0126\u0127,\u0128\u0129,\u012A\u012B,\u012C\u012D,\u012E\u012F,\u0132\u0133,\u0134\u0135,\u0136\u0137,\u0139\u013A,\u013B\u013C,\u013D\u013E,\u013F\u0140,\u0141\u0142,\u0143\u0144,\u0145\u0146,\u0147\u0148,\u014A\u014B,\u014C\u014D,\u014E\u014F,\u0150\u0151,\u0152\u0153,\u0154\u0155,\u0156\u0157,\u0158\u0159,\u015A\u015B,\u015C\u015D,\u015E\u015F,\u0160\u0161,\u0162\u0163,\u0164\u0165,\u0166\u0167,\u0168\u0169,\u016A\u016B,\u016C\u016D,\u016E\u016F,\u0170\u0171,\u0172\u0173,\u0174\u0175,\u0176\u0177,\u0179\u017A,\u017B\u017C,\u017D\u017E,\u0180\u0243,\u0181\u0253,\u0182\u0183,\u0184\u0185,\u0186\u0254,\u0187\u0188,\u0189\u0256,\u018A\u0257,\u018B\u018C,\u018E\u01DD,\u018F\u0259,\u0190\u025B,\u0191\u0192,\u0193\u0260,\u0194\u0263,\u0195\u01F6,\u0196\u0269,\u0197\u0268,\u0198\u0199,\u019A\u023D,\u019C\u026F,\u019D\u0272,\u019E\u0220,\u019F\u0275,\u01A0\u01A1,\u01A2\u01A3,\u01A4\u01A5,\u01A6\u0280,\u01A7\u01A8,\u01A9\u0283,\u01AC\u01AD,\u01AE\u0288,\u01AF\u01B0,\u01B1\u028A,\u01B2\u028B,\u01B3\u01B4,\u01B5\u01B6,\u01B7\u0292,\u01B8\u01B9,\u01BC\u01BD,\u01BF\u01F7,\u01C4\u01C5\u01C6,\u01C7\u01C8\u01C9,\u01CA\u01CB\u01CC,\u01CD\u01CE,\u01CF\u01D0,\u01D1\u01D2,\u01D3\u01D4,\u01D5\u01D6,\u01D7\u01D8,\u01D9\u01DA,\u01DB\u01DC,\u01DE\u01DF,\u01E0\u01E1,\u01E2\u01E3,\u01E4\u01E5,\u01E6\u01E7,\u01E8\u01E9,\u01EA\u01EB,\u01EC\u01ED,\u01EE\u01EF,\u01F1\u01F2\u01F3,\u01F4\u01F5,\u01F8\u01F9,\u01FA\u01FB,\u01FC\u01FD,\u01FE\u01FF,\u0200\u0201,\u0202\u0203,\u0204\u0205,\u0206\u0207,\u0208\u0209,\u020A\u020B,\u020C\u020D,\u020E\u020F,\u0210\u0211,\u0212\u0213,\u0214\u0215,\u0216\u0217,\u0218\u0219,\u021A\u021B,\u021C\u021D,\u021E\u021F,\u0222\u0223,\u0224\u0225,\u0226\u0227,\u0228\u0229,\u022A\u022B,\u022C\u022D,\u022E\u022F,\u0230\u0231,\u0232\u0233,\u023A\u2C65,\u023B\u023C,\u023E\u2C66,\u023F\u2C7E,\u0240\u2C7F,\u0241\u0242,\u0244\u0289,\u0245\u028C,\u0246\u0247,\u0248\u0249,\u024A\u024B,\u024C\u024D,\u024E\u024F,\u0250\u2C6F,\u0251\u2C6D,\u0252\u2C70,\u025C\uA7AB,\u0261\uA7AC,\u0265\uA78D,\u0266\uA7AA,\u026A\uA7AE,\u026B\u2C62,\u026C\uA7AD,\u0271\u2C6E,\u027D\u2C64,\u0282\uA7C5,\u0287\uA7B1,\u029D\uA7B2,\u029E\uA7B0,\u0345\u0399\u03B9\u1FBE,\u0370\u0371,\u0372\u0373,\u0376\u0377,\u037B\u03FD,\u037C\u03FE,\u037D\u03FF,\u037F\u03F3,\u0386\u03AC,\u0388\u03AD,\u0389\u03AE,\u038A\u03AF,\u038C\u03CC,\u038E\u03CD,\u038F\u03CE,\u0390\u1FD3,\u0391\u03B1,\u0392\u03B2\u03D0,\u0393\u03B3,\u0394\u03B4,\u0395\u03B5\u03F5,\u0396\u03B6,\u0397\u03B7,\u0398\u03B8\u03D1\u03F4,\u039A\u03BA\u03F0,\u039B\u03BB,\u039D\u03BD,\u039E\u03BE,\u039F\u03BF,\u03A0\u03C0\u03D6,\u03A1\u03C1\u03F1,\u03A3\u03C2\u03C3,\u03A4\u03C4,\u03A5\u03C5,\u03A6\u03C6\u03D5,\u03A7\u03C7,\u03A8\u03C8,\u03A9\u03C9\u2126,\u03AA\u03CA,\u03AB\u03CB,\u03B0\u1FE3,\u03CF\u03D7,\u03D8\u03D9,\u03DA\u03DB,\u03DC\u03DD,\u03DE\u03DF,\u03E0\u03E1,\u03E2\u03E3,\u03E4\u03E5,\u03E6\u03E7,\u03E8\u03E9,\u03EA\u03EB,\u03EC\u03ED,\u03EE\u03EF,\u03F2\u03F9,\u03F7\u03F8,\u03FA\u03FB,\u0400\u0450,\u0401\u0451,\u0402\u0452,\u0403\u0453,\u0404\u0454,\u0405\u0455,\u0406\u0456,\u0407\u0457,\u0408\u0458,\u0409\u0459,\u040A\u045A,\u040B\u045B,\u040C\u045C,\u040D\u045D,\u040E\u045E,\u040F\u045F,\u0410\u0430,\u0411\u0431,\u0412\u0432\u1C80,\u0413\u0433,\u0414\u0434\u1C81,\u0415\u0435,\u0416\u0436,\u0417\u0437,\u0418\u0438,\u0419\u0439,\u041A\u043A,\u041B\u043B,\u041C\u043C,\u041D\u043D,\u041E\u043E\u1C82,\u041F\u043F,\u0420\u0440,\u0421\u0441\u1C83,\u0422\u0442\u1C84\u1C85,\u0423\u0443,\u0424\u0444,\u0425\u0445,\u0426\u0446,\u0427\u0447,\u0428\u0448,\u0429\u0449,\u042A\u044A\u1C86,\u042B\u044B,\u042C\u044C,\u042D\u044D,\u042E\u044E,\u042F\u044F,\u0460\u0461,\u0462\u0463\u1C87,\u0464\u0465,\u0466\u0467,\u0468\u0469,\u046A\u046B,\u046C\u046D,\u046E\u046F,\u0470\u0471,\u0472\u0473,\u0474\u0475,\u0476\u0477,\u0478\u0479,\u047A\u047B,\u047C\u047D,\u047E\u047F,\u0480\u0481,\u048A\u048B,\u048C\u048D,\u048E\u048F,\u0490\u0491,\u0492\u0493,\u0494\u0495,\u0496\u0497,\u0498\u0499,\u049A\u049B,\u049C\u049D,\u049E\u049F,\u04A0\u04A1,\u04A2\u04A3,\u04A4\u04A5,\u04A6\u04A7,\u04A8\u04A9,\u04AA\u04AB,\u04AC\u04AD,\u04AE\u04AF,\u04B0\u04B1,\u04B2\u04B3,\u04B4\u04B5,\u04B6\u04B7,\u04B8\u04B9,\u04BA\u04BB,\u04BC\u04BD,\u04BE\u04BF,\u04C0\u04CF,\u04C1\u04C2,\u04C3\u04C4,\u04C5\u04C6,\u04C7\u04C8,\u04C9\u04CA,\u04CB\u04CC,\u04CD\u04CE,\u04D0\u04D1,\u04D2\u04D3,\u04D4\u04D5,\u04D6\u04D7,\u04D8\u04D9,\u04DA\u04DB,\u04DC\u04DD,\u04DE\u04DF,\u04E0\u04E1,\u04E2\u04E3,\u04E4\u04E5,\u04E6\u04E7,\u04E8\u04E9,\u04EA\u04EB,\u04EC\u04ED,\u04EE\u04EF,\u04F0\u04F1,\u04F2\u04F3,\u04F4\u04F5,\u04F6\u04F7,\u04F8\u04F9,\u04FA\u04FB,\u04FC\u04FD,\u04FE\u04FF,\u0500\u0501,\u0502\u0503,\u0504\u0505,\u0506\u0507,\u0508\u0509,\u050A\u050B,\u050C\u050D,\u050E\u050F,\u0510\u0511,\u0512\u0513,\u0514\u0515,\u0516\u0517,\u0518\u0519,\u051A\u051B,\u051C\u051D,\u051E\u051F,\u0520\u0521,\u0522\u0523,\u0524\u0525,\u0526\u0527,\u0528\u0529,\u052A\u052B,\u052C\u052D,\u052E\u052F,\u0531\u0561,\u0532\u0562,\u0533\u0563,\u0534\u0564,\u0535\u0565,\u0536\u0566,\u0537\u0567,\u0538\u0568,\u0539\u0569,\u053A\u056A,\u053B\u056B,\u053C\u056C,\u053D\u056D,\u053E\u056E,\u053F\u056F,\u0540\u0570,\u0541\u0571,\u0542\u0572,\u0543\u0573,\u0544\u0574,\u0545\u0575,\u0546\u0576,\u0547\u0577,\u0548\u0578,\u0549\u0579,\u054A\u057A,\u054B\u057B,\u054C\u057C,\u054D\u057D,\u054E\u057E,\u054F\u057F,\u0550\u0580,\u0551\u0581,\u0552\u0582,\u0553\u0583,\u0554\u0584,\u0555\u0585,\u0556\u0586,\u10A0\u2D00,\u10A1\u2D01,\u10A2\u2D02,\u10A3\u2D03,\u10A4\u2D04,\u10A5\u2D05,\u10A6\u2D06,\u10A7\u2D07,\u10A8\u2D08,\u10A9\u2D09,\u10AA\u2D0A,\u10AB\u2D0B,\u10AC\u2D0C,\u10AD\u2D0D,\u10AE\u2D0E,\u10AF\u2D0F,\u10B0\u2D10,\u10B1\u2D11,\u10B2\u2D12,\u10B3\u2D13,\u10B4\u2D14,\u10B5\u2D15,\u10B6\u2D16,\u10B7\u2D17,\u10B8\u2D18,\u10B9\u2D19,\u10BA\u2D1A,\u10BB\u2D1B,\u10BC\u2D1C,\u10BD\u2D1D,\u10BE\u2D1E,\u10BF\u2D1F,\u10C0\u2D20,\u10C1\u2D21,\u10C2\u2D22,\u10C3\u2D23,\u10C4\u2D24,\u10C5\u2D25,\u10C7\u2D27,\u10CD\u2D2D,\u10D0\u1C90,\u10D1\u1C91,\u10D2\u1C92,\u10D3\u1C93,\u10D4\u1C94,\u10D5\u1C95,\u10D6\u1C96,\u10D7\u1C97,\u10D8\u1C98,\u10D9\u1C99,\u10DA\u1C9A,\u10DB\u1C9B,\u10DC\u1C9C,\u10DD\u1C9D,\u10DE\u1C9E,\u10DF\u1C9F,\u10E0\u1CA0,\u10E1\u1CA1,\u10E2\u1CA2,\u10E3\u1CA3,\u10E4\u1CA4,\u10E5\u1CA5,\u10E6\u1CA6,\u10E7\u1CA7,\u10E8\u1CA8,\u10E9\u1CA9,\u10EA\u1CAA,\u10EB\u1CAB,\u10EC\u1CAC,\u10ED\u1CAD,\u10EE\u1CAE,\u10EF\u1CAF,\u10F0\u1CB0,\u10F1\u1CB1,\u10F2\u1CB2,\u10F3\u1CB3,\u10F4\u1CB4,\u10F5\u1CB5,\u10F6\u1CB6,\u10F7\u1CB7,\u10F8\u1CB8,\u10F9\u1CB9,\u10FA\u1CBA,\u10FD\u1CBD,\u10FE\u1CBE,\u10FF\u1CBF,\u13A0\uAB70,\u13A1\uAB71,\u13A2\uAB72,\u13A3\uAB73,\u13A4\uAB74,\u13A5\uAB75,\u13A6\uAB76,\u13A7\uAB77,\u13A8\uAB78,\u13A9\uAB79,\u13AA\uAB7A,\u13AB\uAB7B,\u13AC\uAB7C,\u13AD\uAB7D,\u13AE\uAB7E,\u13AF\uAB7F,\u13B0\uAB80,\u13B1\uAB81,\u13B2\uAB82,\u13B3\uAB83,\u13B4\uAB84,\u13B5\uAB85,\u13B6\uAB86,\u13B7\uAB87,\u13B8\uAB88,\u13B9\uAB89,\u13BA\uAB8A,\u13BB\uAB8B,\u13BC\uAB8C,\u13BD\uAB8D,\u13BE\uAB8E,\u13BF\uAB8F,\u13C0\uAB90,\u13C1\uAB91,\u13C2\uAB92,\u13C3\uAB93,\u13C4\uAB94,\u13C5\uAB95,\u13C6\uAB96,\u13C7\uAB97,\u13C8\uAB98,\u13C9\uAB99,\u13CA\uAB9A,\u13CB\uAB9B,\u13CC\uAB9C,\u13CD\uAB9D,\u13CE\uAB9E,\u13CF\uAB9F,\u13D0\uABA0,\u13D1\uABA1,\u13D2\uABA2,\u13D3\uABA3,\u13D4\uABA4,\u13D5\uABA5,\u13D6\uABA6,\u13D7\uABA7,\u13D8\uABA8,\u13D9\uABA9,\u13DA\uABAA,\u13DB\uABAB,\u13DC\uABAC,\u13DD\uABAD,\u13DE\uABAE,\u13DF\uABAF,\u13E0\uABB0,\u13E1\uABB1,\u13E2\uABB2,\u13E3\uABB3,\u13E4\uABB4,\u13E5\uABB5,\u13E6\uABB6,\u13E7\uABB7,\u13E8\uABB8,\u13E9\uABB9,\u13EA\uABBA,\u13EB\uABBB,\u13EC\uABBC,\u13ED\uABBD,\u13EE\uABBE,\u13EF\uABBF,\u13F0\u13F8,\u13F1\u13F9,\u13F2\u13FA,\u13F3\u13FB,\u13F4\u13FC,\u13F5\u13FD,\u1C88\uA64A\uA64B,\u1D79\uA77D,\u1D7D\u2C63,\u1D8E\uA7C6,\u1E00\u1E01,\u1E02\u1E03,\u1E04\u1E05,\u1E06\u1E07,\u1E08\u1E09,\u1E0A\u1E0B,\u1E0C\u1E0D,\u1E0E\u1E0F,\u1E10\u1E11,\u1E12\u1E13,\u1E14\u1E15,\u1E16\u1E17,\u1E18\u1E19,\u1E1A\u1E1B,\u1E1C\u1E1D,\u1E1E\u1E1F,\u1E20\u1E21,\u1E22\u1E23,\u1E24\u1E25,\u1E26\u1E27,\u1E28\u1E29,\u1E2A\u1E2B,\u1E2C\u1E2D,\u1E2E\u1E2F,\u1E30\u1E31,\u1E32\u1E33,\u1E34\u1E35,\u1E36\u1E37,\u1E38\u1E39,\u1E3A\u1E3B,\u1E3C\u1E3D,\u1E3E\u1E3F,\u1E40\u1E41,\u1E42\u1E43,\u1E44\u1E45,\u1E46\u1E47,\u1E48\u1E49,\u1E4A\u1E4B,\u1E4C\u1E4D,\u1E4E\u1E4F,\u1E50\u1E51,\u1E52\u1E53,\u1E54\u1E55,\u1E56\u1E57,\u1E58\u1E59,\u1E5A\u1E5B,\u1E5C\u1E5D,\u1E5E\u1E5F,\u1E60\u1E61\u1E9B,\u1E62\u1E63,\u1E64\u1E65,\u1E66\u1E67,\u1E68\u1E69,\u1E6A\u1E6B,\u1E6C\u1E6D,\u1E6E\u1E6F,\u1E70\u1E71,\u1E72\u1E73,\u1E74\u1E75,\u1E76\u1E77,\u1E78\u1E79,\u1E7A\u1E7B,\u1E7C\u1E7D,\u1E7E\u1E7F,\u1E80\u1E81,\u1E82\u1E83,\u1E84\u1E85,\u1E86\u1E87,\u1E88\u1E89,\u1E8A\u1E8B,\u1E8C\u1E8D,\u1E8E\u1E8F,\u1E90\u1E91,\u1E92\u1E93,\u1E94\u1E95,\u1EA0\u1EA1,\u1EA2\u1EA3,\u1EA4\u1EA5,\u1EA6\u1EA7,\u1EA8\u1EA9,\u1EAA\u1EAB,\u1EAC\u1EAD,\u1EAE\u1EAF,\u1EB0\u1EB1,\u1EB2\u1EB3,\u1EB4\u1EB5,\u1EB6\u1EB7,\u1EB8\u1EB9,\u1EBA\u1EBB,\u1EBC\u1EBD,\u1EBE\u1EBF,\u1EC0\u1EC1,\u1EC2\u1EC3,\u1EC4\u1EC5,\u1EC6\u1EC7,\u1EC8\u1EC9,\u1ECA\u1ECB,\u1ECC\u1ECD,\u1ECE\u1ECF,\u1ED0\u1ED1,\u1ED2\u1ED3,\u1ED4\u1ED5,\u1ED6\u1ED7,\u1ED8\u1ED9,\u1EDA\u1EDB,\u1EDC\u1EDD,\u1EDE\u1EDF,\u1EE0\u1EE1,\u1EE2\u1EE3,\u1EE4\u1EE5,\u1EE6\u1EE7,\u1EE8\u1EE9,\u1EEA\u1EEB,\u1EEC\u1EED,\u1EEE\u1EEF,\u1EF0\u1EF1,\u1EF2\u1EF3,\u1EF4\u1EF5,\u1EF6\u1EF7,\u1EF8\u1EF9,\u1EFA\u1EFB,\u1EFC\u1EFD,\u1EFE\u1EFF,\u1F00\u1F08,\u1F01\u1F09,\u1F02\u1F0A,\u1F03\u1F0B,\u1F04\u1F0C,\u1F05\u1F0D,\u1F06\u1F0E,\u1F07\u1F0F,\u1F10\u1F18,\u1F11\u1F19,\u1F12\u1F1A,\u1F13\u1F1B,\u1F14\u1F1C,\u1F15\u1F1D,\u1F20\u1F28,\u1F21\u1F29,\u1F22\u1F2A,\u1F23\u1F2B,\u1F24\u1F2C,\u1F25\u1F2D,\u1F26\u1F2E,\u1F27\u1F2F,\u1F30\u1F38,\u1F31\u1F39,\u1F32\u1F3A,\u1F33\u1F3B,\u1F34\u1F3C,\u1F35\u1F3D,\u1F36\u1F3E,\u1F37\u1F3F,\u1F40\u1F48,\u1F41\u1F49,\u1F42\u1F4A,\u1F43\u1F4B,\u1F44\u1F4C,\u1F45\u1F4D,\u1F51\u1F59,\u1F53\u1F5B,\u1F55\u1F5D,\u1F57\u1F5F,\u1F60\u1F68,\u1F61\u1F69,\u1F62\u1F6A,\u1F63\u1F6B,\u1F64\u1F6C,\u1F65\u1F6D,\u1F66\u1F6E,\u1F67\u1F6F,\u1F70\u1FBA,\u1F71\u1FBB,\u1F72\u1FC8,\u1F73\u1FC9,\u1F74\u1FCA,\u1F75\u1FCB,\u1F76\u1FDA,\u1F77\u1FDB,\u1F78\u1FF8,\u1F79\u1FF9,\u1F7A\u1FEA,\u1F7B\u1FEB,\u1F7C\u1FFA,\u1F7D\u1FFB,\u1F80\u1F88,\u1F81\u1F89,\u1F82\u1F8A,\u1F83\u1F8B,\u1F84\u1F8C,\u1F85\u1F8D,\u1F86\u1F8E,\u1F87\u1F8F,\u1F90\u1F98,\u1F91\u1F99,\u1F92\u1F9A,\u1F93\u1F9B,\u1F94\u1F9C,\u1F95\u1F9D,\u1F96\u1F9E,\u1F97\u1F9F,\u1FA0\u1FA8,\u1FA1\u1FA9,\u1FA2\u1FAA,\u1FA3\u1FAB,\u1FA4\u1FAC,\u1FA5\u1FAD,\u1FA6\u1FAE,\u1FA7\u1FAF,\u1FB0\u1FB8,\u1FB1\u1FB9,\u1FB3\u1FBC,\u1FC3\u1FCC,\u1FD0\u1FD8,\u1FD1\u1FD9,\u1FE0\u1FE8,\u1FE1\u1FE9,\u1FE5\u1FEC,\u1FF3\u1FFC,\u2132\u214E,\u2160\u2170,\u2161\u2171,\u2162\u2172,\u2163\u2173,\u2164\u2174,\u2165\u2175,\u2166\u2176,\u2167\u2177,\u2168\u2178,\u2169\u2179,\u216A\u217A,\u216B\u217B,\u216C\u217C,\u216D\u217D,\u216E\u217E,\u216F\u217F,\u2183\u2184,\u24B6\u24D0,\u24B7\u24D1,\u24B8\u24D2,\u24B9\u24D3,\u24BA\u24D4,\u24BB\u24D5,\u24BC\u24D6,\u24BD\u24D7,\u24BE\u24D8,\u24BF\u24D9,\u24C0\u24DA,\u24C1\u24DB,\u24C2\u24DC,\u24C3\u24DD,\u24C4\u24DE,\u24C5\u24DF,\u24C6\u24E0,\u24C7\u24E1,\u24C8\u24E2,\u24C9\u24E3,\u24CA\u24E4,\u24CB\u24E5,\u24CC\u24E6,\u24CD\u24E7,\u24CE\u24E8,\u24CF\u24E9,\u2C00\u2C30,\u2C01\u2C31,\u2C02\u2C32,\u2C03\u2C33,\u2C04\u2C34,\u2C05\u2C35,\u2C06\u2C36,\u2C07\u2C37,\u2C08\u2C38,\u2C09\u2C39,\u2C0A\u2C3A,\u2C0B\u2C3B,\u2C0C\u2C3C,\u2C0D\u2C3D,\u2C0E\u2C3E,\u2C0F\u2C3F,\u2C10\u2C40,\u2C11\u2C41,\u2C12\u2C42,\u2C13\u2C43,\u2C14\u2C44,\u2C15\u2C45,\u2C16\u2C46,\u2C17\u2C47,\u2C18\u2C48,\u2C19\u2C49,\u2C1A\u2C4A,\u2C1B\u2C4B,\u2C1C\u2C4C,\u2C1D\u2C4D,\u2C1E\u2C4E,\u2C1F\u2C4F,\u2C20\u2C50,\u2C21\u2C51,\u2C22\u2C52,\u2C23\u2C53,\u2C24\u2C54,\u2C25\u2C55,\u2C26\u2C56,\u2C27\u2C57,\u2C28\u2C58,\u2C29\u2C59,\u2C2A\u2C5A,\u2C2B\u2C5B,\u2C2C\u2C5C,\u2C2D\u2C5D,\u2C2E\u2C5E,\u2C2F\u2C5F,\u2C60\u2C61,\u2C67\u2C68,\u2C69\u2C6A,\u2C6B\u2C6C,\u2C72\u2C73,\u2C75\u2C76,\u2C80\u2C81,\u2C82\u2C83,\u2C84\u2C85,\u2C86\u2C87,\u2C88\u2C89,\u2C8A\u2C8B,\u2C8C\u2C8D,\u2C8E\u2C8F,\u2C90\u2C91,\u2C92\u2C93,\u2C94\u2C95,\u2C96\u2C97,\u2C98\u2C99,\u2C9A\u2C9B,\u2C9C\u2C9D,\u2C9E\u2C9F,\u2CA0\u2CA1,\u2CA2\u2CA3,\u2CA4\u2CA5,\u2CA6\u2CA7,\u2CA8\u2CA9,\u2CAA\u2CAB,\u2CAC\u2CAD,\u2CAE\u2CAF,\u2CB0\u2CB1,\u2CB2\u2CB3,\u2CB4\u2CB5,\u2CB6\u2CB7,\u2CB8\u2CB9,\u2CBA\u2CBB,\u2CBC\u2CBD,\u2CBE\u2CBF,\u2CC0\u2CC1,\u2CC2\u2CC3,\u2CC4\u2CC5,\u2CC6\u2CC7,\u2CC8\u2CC9,\u2CCA\u2CCB,\u2CCC\u2CCD,\u2CCE\u2CCF,\u2CD0\u2CD1,\u2CD2\u2CD3,\u2CD4\u2CD5,\u2CD6\u2CD7,\u2CD8\u2CD9,\u2CDA\u2CDB,\u2CDC\u2CDD,\u2CDE\u2CDF,\u2CE0\u2CE1,\u2CE2\u2CE3,\u2CEB\u2CEC,\u2CED\u2CEE,\u2CF2\u2CF3,\uA640\uA641,\uA642\uA643,\uA644\uA645,\uA646\uA647,\uA648\uA649,\uA64C\uA64D,\uA64E\uA64F,\uA650\uA651,\uA652\uA653,\uA654\uA655,\uA656\uA657,\uA658\uA659,\uA65A\uA65B,\uA65C\uA65D,\uA65E\uA65F,\uA660\uA661,\uA662\uA663,\uA664\uA665,\uA666\uA667,\uA668\uA669,\uA66A\uA66B,\uA66C\uA66D,\uA680\uA681,\uA682\uA683,\uA684\uA685,\uA686\uA687,\uA688\uA689,\uA68A\uA68B,\uA68C\uA68D,\uA68E\uA68F,\uA690\uA691,\uA692\uA693,\uA694\uA695,\uA696\uA697,\uA698\uA699,\uA69A\uA69B,\uA722\uA723,\uA724\uA725,\uA726\uA727,\uA728\uA729,\uA72A\uA72B,\uA72C\uA72D,\uA72E\uA72F,\uA732\uA733,\uA734\uA735,\uA736\uA737,\uA738\uA739,\uA73A\uA73B,\uA73C\uA73D,\uA73E\uA73F,\uA740\uA741,\uA742\uA743,\uA744\uA745,\uA746\uA747,\uA748\uA749,\uA74A\uA74B,\uA74C\uA74D,\uA74E\uA74F,\uA750\uA751,\uA752\uA753,\uA754\uA755,\uA756\uA757,\uA758\uA759,\uA75A\uA75B,\uA75C\uA75D,\uA75E\uA75F,\uA760\uA761,\uA762\uA763,\uA764\uA765,\uA766\uA767,\uA768\uA769,\uA76A\uA76B,\uA76C\uA76D,\uA76E\uA76F,\uA779\uA77A,\uA77B\uA77C,\uA77E\uA77F,\uA780\uA781,\uA782\uA783,\uA784\uA785,\uA786\uA787,\uA78B\uA78C,\uA790\uA791,\uA792\uA793,\uA794\uA7C4,\uA796\uA797,\uA798\uA799,\uA79A\uA79B,\uA79C\uA79D,\uA79E\uA79F,\uA7A0\uA7A1,\uA7A2\uA7A3,\uA7A4\uA7A5,\uA7A6\uA7A7,\uA7A8\uA7A9,\uA7B3\uAB53,\uA7B4\uA7B5,\uA7B6\uA7B7,\uA7B8\uA7B9,\uA7BA\uA7BB,\uA7BC\uA7BD,\uA7BE\uA7BF,\uA7C0\uA7C1,\uA7C2\uA7C3,\uA7C7\uA7C8,\uA7C9\uA7CA,\uA7D0\uA7D1,\uA7D6\uA7D7,\uA7D8\uA7D9,\uA7F5\uA7F6,\uFB05\uFB06,\uFF21\uFF41,\uFF22\uFF42,\uFF23\uFF43,\uFF24\uFF44,\uFF25\uFF45,\uFF26\uFF46,\uFF27\uFF47,\uFF28\uFF48,\uFF29\uFF49,\uFF2A\uFF4A,\uFF2B\uFF4B,\uFF2C\uFF4C,\uFF2D\uFF4D,\uFF2E\uFF4E,\uFF2F\uFF4F,\uFF30\uFF50,\uFF31\uFF51,\uFF32\uFF52,\uFF33\uFF53,\uFF34\uFF54,\uFF35\uFF55,\uFF36\uFF56,\uFF37\uFF57,\uFF38\uFF58,\uFF39\uFF59,\uFF3A\uFF5A,\uD801\uDC00\uD801\uDC28,\uD801\uDC01\uD801\uDC29,\uD801\uDC02\uD801\uDC2A,\uD801\uDC03\uD801\uDC2B,\uD801\uDC04\uD801\uDC2C,\uD801\uDC05\uD801\uDC2D,\uD801\uDC06\uD801\uDC2E,\uD801\uDC07\uD801\uDC2F,\uD801\uDC08\uD801\uDC30,\uD801\uDC09\uD801\uDC31,\uD801\uDC0A\uD801\uDC32,\uD801\uDC0B\uD801\uDC33,\uD801\uDC0C\uD801\uDC34,\uD801\uDC0D\uD801\uDC35,\uD801\uDC0E\uD801\uDC36,\uD801\uDC0F\uD801\uDC37,\uD801\uDC10\uD801\uDC38,\uD801\uDC11\uD801\uDC39,\uD801\uDC12\uD801\uDC3A,\uD801\uDC13\uD801\uDC3B,\uD801\uDC14\uD801\uDC3C,\uD801\uDC15\uD801\uDC3D,\uD801\uDC16\uD801\uDC3E,\uD801\uDC17\uD801\uDC3F,\uD801\uDC18\uD801\uDC40,\uD801\uDC19\uD801\uDC41,\uD801\uDC1A\uD801\uDC42,\uD801\uDC1B\uD801\uDC43,\uD801\uDC1C\uD801\uDC44,\uD801\uDC1D\uD801\uDC45,\uD801\uDC1E\uD801\uDC46,\uD801\uDC1F\uD801\uDC47,\uD801\uDC20\uD801\uDC48,\uD801\uDC21\uD801\uDC49,\uD801\uDC22\uD801\uDC4A,\uD801\uDC23\uD801\uDC4B,\uD801\uDC24\uD801\uDC4C,\uD801\uDC25\uD801\uDC4D,\uD801\uDC26\uD801\uDC4E,\uD801\uDC27\uD801\uDC4F,\uD801\uDCB0\uD801\uDCD8,\uD801\uDCB1\uD801\uDCD9,\uD801\uDCB2\uD801\uDCDA,\uD801\uDCB3\uD801\uDCDB,\uD801\uDCB4\uD801\uDCDC,\uD801\uDCB5\uD801\uDCDD,\uD801\uDCB6\uD801\uDCDE,\uD801\uDCB7\uD801\uDCDF,\uD801\uDCB8\uD801\uDCE0,\uD801\uDCB9\uD801\uDCE1,\uD801\uDCBA\uD801\uDCE2,\uD801\uDCBB\uD801\uDCE3,\uD801\uDCBC\uD801\uDCE4,\uD801\uDCBD\uD801\uDCE5,\uD801\uDCBE\uD801\uDCE6,\uD801\uDCBF\uD801\uDCE7,\uD801\uDCC0\uD801\uDCE8,\uD801\uDCC1\uD801\uDCE9,\uD801\uDCC2\uD801\uDCEA,\uD801\uDCC3\uD801\uDCEB,\uD801\uDCC4\uD801\uDCEC,\uD801\uDCC5\uD801\uDCED,\uD801\uDCC6\uD801\uDCEE,\uD801\uDCC7\uD801\uDCEF,\uD801\uDCC8\uD801\uDCF0,\uD801\uDCC9\uD801\uDCF1,\uD801\uDCCA\uD801\uDCF2,\uD801\uDCCB\uD801\uDCF3,\uD801\uDCCC\uD801\uDCF4,\uD801\uDCCD\uD801\uDCF5,\uD801\uDCCE\uD801\uDCF6,\uD801\uDCCF\uD801\uDCF7,\uD801\uDCD0\uD801\uDCF8,\uD801\uDCD1\uD801\uDCF9,\uD801\uDCD2\uD801\uDCFA,\uD801\uDCD3\uD801\uDCFB,\uD801\uDD70\uD801\uDD97,\uD801\uDD71\uD801\uDD98,\uD801\uDD72\uD801\uDD99,\uD801\uDD73\uD801\uDD9A,\uD801\uDD74\uD801\uDD9B,\uD801\uDD75\uD801\uDD9C,\uD801\uDD76\uD801\uDD9D,\uD801\uDD77\uD801\uDD9E,\uD801\uDD78\uD801\uDD9F,\uD801\uDD79\uD801\uDDA0,\uD801\uDD7A\uD801\uDDA1,\uD801\uDD7C\uD801\uDDA3,\uD801\uDD7D\uD801\uDDA4,\uD801\uDD7E\uD801\uDDA5,\uD801\uDD7F\uD801\uDDA6,\uD801\uDD80\uD801\uDDA7,\uD801\uDD81\uD801\uDDA8,\uD801\uDD82\uD801\uDDA9,\uD801\uDD83\uD801\uDDAA,\uD801\uDD84\uD801\uDDAB,\uD801\uDD85\uD801\uDDAC,\uD801\uDD86\uD801\uDDAD,\uD801\uDD87\uD801\uDDAE,\uD801\uDD88\uD801\uDDAF,\uD801\uDD89\uD801\uDDB0,\uD801\uDD8A\uD801\uDDB1,\uD801\uDD8C\uD801\uDDB3,\uD801\uDD8D\uD801\uDDB4,\uD801\uDD8E\uD801\uDDB5,\uD801\uDD8F\uD801\uDDB6,\uD801\uDD90\uD801\uDDB7,\uD801\uDD91\uD801\uDDB8,\uD801\uDD92\uD801\uDDB9,\uD801\uDD94\uD801\uDDBB,\uD801\uDD95\uD801\uDDBC,\uD803\uDC80\uD803\uDCC0,\uD803\uDC81\uD803\uDCC1,\uD803\uDC82\uD803\uDCC2,\uD803\uDC83\uD803\uDCC3,\uD803\uDC84\uD803\uDCC4,\uD803\uDC85\uD803\uDCC5,\uD803\uDC86\uD803\uDCC6,\uD803\uDC87\uD803\uDCC7,\uD803\uDC88\uD803\uDCC8,\uD803\uDC89\uD803\uDCC9,\uD803\uDC8A\uD803\uDCCA,\uD803\uDC8B\uD803\uDCCB,\uD803\uDC8C\uD803\uDCCC,\uD803\uDC8D\uD803\uDCCD,\uD803\uDC8E\uD803\uDCCE,\uD803\uDC8F\uD803\uDCCF,\uD803\uDC90\uD803\uDCD0,\uD803\uDC91\uD803\uDCD1,\uD803\uDC92\uD803\uDCD2,\uD803\uDC93\uD803\uDCD3,\uD803\uDC94\uD803\uDCD4,\uD803\uDC95\uD803\uDCD5,\uD803\uDC96\uD803\uDCD6,\uD803\uDC97\uD803\uDCD7,\uD803\uDC98\uD803\uDCD8,\uD803\uDC99\uD803\uDCD9,\uD803\uDC9A\uD803\uDCDA,\uD803\uDC9B\uD803\uDCDB,\uD803\uDC9C\uD803\uDCDC,\uD803\uDC9D\uD803\uDCDD,\uD803\uDC9E\uD803\uDCDE,\uD803\uDC9F\uD803\uDCDF,\uD803\uDCA0\uD803\uDCE0,\uD803\uDCA1\uD803\uDCE1,\uD803\uDCA2\uD803\uDCE2,\uD803\uDCA3\uD803\uDCE3,\uD803\uDCA4\uD803\uDCE4,\uD803\uDCA5\uD803\uDCE5,\uD803\uDCA6\uD803\uDCE6,\uD803\uDCA7\uD803\uDCE7,\uD803\uDCA8\uD803\uDCE8,\uD803\uDCA9\uD803\uDCE9,\uD803\uDCAA\uD803\uDCEA,\uD803\uDCAB\uD803\uDCEB,\uD803\uDCAC\uD803\uDCEC,\uD803\uDCAD\uD803\uDCED,\uD803\uDCAE\uD803\uDCEE,\uD803\uDCAF\uD803\uDCEF,\uD803\uDCB0\uD803\uDCF0,\uD803\uDCB1\uD803\uDCF1,\uD803\uDCB2\uD803\uDCF2,\uD806\uDCA0\uD806\uDCC0,\uD806\uDCA1\uD806\uDCC1,\uD806\uDCA2\uD806\uDCC2,\uD806\uDCA3\uD806\uDCC3,\uD806\uDCA4\uD806\uDCC4,\uD806\uDCA5\uD806\uDCC5,\uD806\uDCA6\uD806\uDCC6,\uD806\uDCA7\uD806\uDCC7,\uD806\uDCA8\uD806\uDCC8,\uD806\uDCA9\uD806\uDCC9,\uD806\uDCAA\uD806\uDCCA,\uD806\uDCAB\uD806\uDCCB,\uD806\uDCAC\uD806\uDCCC,\uD806\uDCAD\uD806\uDCCD,\uD806\uDCAE\uD806\uDCCE,\uD806\uDCAF\uD806\uDCCF,\uD806\uDCB0\uD806\uDCD0,\uD806\uDCB1\uD806\uDCD1,\uD806\uDCB2\uD806\uDCD2,\uD806\uDCB3\uD806\uDCD3,\uD806\uDCB4\uD806\uDCD4,\uD806\uDCB5\uD806\uDCD5,\uD806\uDCB6\uD806\uDCD6,\uD806\uDCB7\uD806\uDCD7,\uD806\uDCB8\uD806\uDCD8,\uD806\uDCB9\uD806\uDCD9,\uD806\uDCBA\uD806\uDCDA,\uD806\uDCBB\uD806\uDCDB,\uD806\uDCBC\uD806\uDCDC,\uD806\uDCBD\uD806\uDCDD,\uD806\uDCBE\uD806\uDCDE,\uD806\uDCBF\uD806\uDCDF,\uD81B\uDE40\uD81B\uDE60,\uD81B\uDE41\uD81B\uDE61,\uD81B\uDE42\uD81B\uDE62,\uD81B\uDE43\uD81B\uDE63,\uD81B\uDE44\uD81B\uDE64,\uD81B\uDE45\uD81B\uDE65,\uD81B\uDE46\uD81B\uDE66,\uD81B\uDE47\uD81B\uDE67,\uD81B\uDE48\uD81B\uDE68,\uD81B\uDE49\uD81B\uDE69,\uD81B\uDE4A\uD81B\uDE6A,\uD81B\uDE4B\uD81B\uDE6B,\uD81B\uDE4C\uD81B\uDE6C,\uD81B\uDE4D\uD81B\uDE6D,\uD81B\uDE4E\uD81B\uDE6E,\uD81B\uDE4F\uD81B\uDE6F,\uD81B\uDE50\uD81B\uDE70,\uD81B\uDE51\uD81B\uDE71,\uD81B\uDE52\uD81B\uDE72,\uD81B\uDE53\uD81B\uDE73,\uD81B\uDE54\uD81B\uDE74,\uD81B\uDE55\uD81B\uDE75,\uD81B\uDE56\uD81B\uDE76,\uD81B\uDE57\uD81B\uDE77,\uD81B\uDE58\uD81B\uDE78,\uD81B\uDE59\uD81B\uDE79,\uD81B\uDE5A\uD81B\uDE7A,\uD81B\uDE5B\uD81B\uDE7B,\uD81B\uDE5C\uD81B\uDE7C,\uD81B\uDE5D\uD81B\uDE7D,\uD81B\uDE5E\uD81B\uDE7E,\uD81B\uDE5F\uD81B\uDE7F,\uD83A\uDD00\uD83A\uDD22,\uD83A\uDD01\uD83A\uDD23,\uD83A\uDD02\uD83A\uDD24,\uD83A\uDD03\uD83A\uDD25,\uD83A\uDD04\uD83A\uDD26,\uD83A\uDD05\uD83A\uDD27,\uD83A\uDD06\uD83A\uDD28,\uD83A\uDD07\uD83A\uDD29,\uD83A\uDD08\uD83A\uDD2A,\uD83A\uDD09\uD83A\uDD2B,\uD83A\uDD0A\uD83A\uDD2C,\uD83A\uDD0B\uD83A\uDD2D,\uD83A\uDD0C\uD83A\uDD2E,\uD83A\uDD0D\uD83A\uDD2F,\uD83A\uDD0E\uD83A\uDD30,\uD83A\uDD0F\uD83A\uDD31,\uD83A\uDD10\uD83A\uDD32,\uD83A\uDD11\uD83A\uDD33,\uD83A\uDD12\uD83A\uDD34,\uD83A\uDD13\uD83A\uDD35,\uD83A\uDD14\uD83A\uDD36,\uD83A\uDD15\uD83A\uDD37,\uD83A\uDD16\uD83A\uDD38,\uD83A\uDD17\uD83A\uDD39,\uD83A\uDD18\uD83A\uDD3A,\uD83A\uDD19\uD83A\uDD3B,\uD83A\uDD1A\uD83A\uDD3C,\uD83A\uDD1B\uD83A\uDD3D,\uD83A\uDD1C\uD83A\uDD3E,\uD83A\uDD1D\uD83A\uDD3F,\uD83A\uDD1E\uD83A\uDD40,\uD83A\uDD1F\uD83A\uDD41,\uD83A\uDD20\uD83A\uDD42,\uD83A\uDD21\uD83A\uDD43';
var py_RE_CIMAP = {m: null};

// the class body CPython matches for code point c under IGNORECASE (null: c only)
function py_re_ci(c) {
  var M = py_RE_CIMAP.m;
  if (M === null) {
    M = py_RE_CIMAP.m = new Map();
    var cls = py_RE_CI.split(',');
    for (var i = 0; i < cls.length; i++) {
      var cs = Array.from(cls[i]), body = '';
      for (var k = 0; k < cs.length; k++) body += '\\u{' + cs[k].codePointAt(0).toString(16) + '}';
      for (k = 0; k < cs.length; k++) M.set(cs[k].codePointAt(0), body);
    }
  }
  var b = M.get(c);
  return b === undefined ? null : b;
}

// re.escape's text t (escaped: a backslash before some characters) as literal characters: mode 0 as written,
// 1 under IGNORECASE, 2 under IGNORECASE and ASCII
function py_re_hjs(e, mode) {
  var t = e.replace(/\\([\s\S])/g, '$1'), src = '';
  for (var i = 0; i < t.length; i++) {
    var c = t.codePointAt(i);
    if (c > 0xFFFF) i++;
    var b = null;
    if (mode === 1) {
      b = py_re_ci(c);
      if (b !== null && c > 0xFFFF) {
        // CPython 3.11 matches such a character case-insensitively as a literal but not once its compiler has
        // made a set of it ('x|' + re.escape(q), a join of one-character texts): no one translation is right
        throw py_err('TypeError', 'py2cs: the cased character U+' + c.toString(16).toUpperCase() + ' (beyond U+FFFF) '
          + 'in text put into a pattern with IGNORECASE is not supported (CPython 3.11 matches it in some pattern '
          + 'shapes and not in others)');
      }
    } else if (mode === 2 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) b = String.fromCharCode(c | 32, c & ~32);
    if (b !== null) src += '[' + b + ']';
    else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) src += String.fromCharCode(c);
    else src += '\\u{' + c.toString(16) + '}';
  }
  return src;
}

// "|".join(re.escape(x) for x in xs): the escaped texts, in order (re.escape raises for one that is not a str)
function py_re_jesc(xs) {
  var a = py_iter(xs), out = new Array(a.length);
  for (var i = 0; i < a.length; i++) out[i] = py_re_escape(a[i]);
  return out;
}

// A template: the Python text pieces, the kinds of the holes ('e' escaped text, 'j' "|".join of escaped texts),
// their modes (py_re_hjs), the translations per combination of empty escaped holes (bit i: hole i empty):
// [src pieces, ne pieces, holes present] or ['error', message, position, holes present, their positions] or
// ['unsupported', what, hint]; groups, names, flags, the end of repr, local, close order.
function py_ReTpl(p, k, modes, vs, n, names, flags, rsuf, local, co) {
  this.p = p;
  this.k = k;
  this.modes = modes;
  this.vs = vs;
  this.n = n;
  this.names = names;
  this.flags = flags;
  this.rsuf = rsuf;
  this.local = local;
  this.co = co;
  this.cache = new Map();
}

function py_re_tdecl(p, k, modes, vs, n, names, flags, rsuf, local, co) {
  return new py_ReTpl(p, k, modes, vs, n, names, flags, rsuf, local, co);
}

// the pattern text of a template with the holes hs (escaped texts; an array of them for a join)
function py_re_tstr(p, k, hs) {
  var s = p[0];
  for (var i = 0; i < hs.length; i++) s += (k.charAt(i) === 'j' ? hs[i].join('|') : hs[i]) + p[i + 1];
  return s;
}

// the compiled pattern of template T with the holes hs (one object per pattern text, kept while few)
function py_re_tpl(T, hs) {
  var text = py_re_tstr(T.p, T.k, hs), P = T.cache.get(text);
  if (P !== undefined) return P;
  var mask = 0, i;
  for (i = 0; i < hs.length; i++) if (T.k.charAt(i) === 'e' && hs[i] === '') mask |= 1 << i;
  var v = T.vs[mask];
  if (v[0] === 'error') {
    // CPython's position in the text made at run time: each hole present is its marker (2) in the variant's text
    var pos = v[2];
    for (i = 0; i < v[3].length; i++) {
      if (v[4][i] < v[2]) {
        var h = v[3][i];
        pos += py_op_strlen(T.k.charAt(h) === 'j' ? hs[h].join('|') : hs[h]) - 2;
      }
    }
    var msg = v[1] + ' at position ' + pos;
    if (text.indexOf('\n') >= 0) {
      var cs = Array.from(text), line = 1, last = -1;
      for (i = 0; i < pos && i < cs.length; i++) if (cs[i] === '\n') { line++; last = i; }
      msg += ' (line ' + line + ', column ' + (pos - last) + ')';
    }
    throw py_err('error', msg);
  }
  if (v[0] === 'unsupported') {
    throw py_err('TypeError', 'py2cs: ' + v[1] + ' (the pattern made at run time with an empty re.escape() text) ' +
                 'is not supported: ' + v[2]);
  }
  var src = v[0][0], ne = v[1][0];
  for (i = 0; i < v[2].length; i++) {
    var hole = v[2][i], mode = T.modes[hole], lit;
    if (T.k.charAt(hole) === 'j') {
      var alts = new Array(hs[hole].length);
      for (var a = 0; a < alts.length; a++) alts[a] = py_re_hjs(hs[hole][a], mode);
      lit = '(?:' + alts.join('|') + ')';
    } else {
      lit = py_re_hjs(hs[hole], mode);
    }
    src += lit + v[0][i + 1];
    ne += lit + v[1][i + 1];
  }
  var r = py_repr(text);
  if (py_op_SURR.test(r)) r = Array.from(r).slice(0, 200).join('');
  else r = r.slice(0, 200);
  P = new py_ReParts(src, '(?=([\\s\\S]*))(?:' + ne + ')(?!\\1(?![\\s\\S]))', T.n, T.names, text, T.flags,
                     're.compile(' + r + T.rsuf, 0, 2147483648, T.local, T.co);
  if (T.cache.size >= 64) T.cache.clear();
  T.cache.set(text, P);
  return P;
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

// (truthy: a match or pattern object is true, CPython's objects have neither __bool__ nor __len__)
var py_RE_OPS = {len: py_re_len, json: py_re_json, refused: py_re_refused, repr: py_re_repr, inText: true, truthy: true};

function py_re_len(x) {
  throw py_err('TypeError', "object of type 're." + (x instanceof py_ReMatch ? 'Match' : 'Pattern') + "' has no len()");
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
    if (t.__py_tuple__ !== true) throw py_err('TypeError', "unhashable type: '" + py_typename(t) + "'");   // (a list, a deque)
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

// m.string, m.pos, m.endpos, m.lastindex, m.lastgroup
function py_re_attr(m, name) {
  py_re_m(m, name);
  if (name === 'string') return m.str === undefined ? m.s : m.str;
  if (name === 'pos') return m.p === undefined ? 0 : m.p;
  if (name === 'lastindex' || name === 'lastgroup') return py_re_last(m, name === 'lastgroup');
  return m.e === undefined ? py_op_strlen(m.s) : m.e;
}

// m.lastindex: the group whose end CPython's engine set last along the match, which is the last one to take part
// in the order of the groups' closing parentheses (P.co; re_translate.close_order); m.lastgroup: its name
function py_re_last(m, named) {
  var P = m.P, co = P.co;
  for (var k = P.n - 1; k >= 0; k--) {
    var g = co === undefined ? k + 1 : co[k];
    if (m.r[g] !== undefined) {
      if (!named) return g;
      for (var i = 0; i < P.names.length; i++) if (P.names[i][1] === g) return P.names[i][0];
      return null;
    }
  }
  return null;
}
