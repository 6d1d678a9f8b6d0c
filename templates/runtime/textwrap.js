// textwrap.js: textwrap.wrap / fill / shorten / dedent / indent as CPython 3.11's Lib/textwrap.py computes them
// (lowering: py2cs/lower/twlow.py). Lengths and slices count code points. Words are split with CPython's
// TextWrapper.wordsep_re translated by py2cs/re_translate.py (its \w and \d are CPython's: py_RE_W / py_RE_D
// of re.js; tests/test_textwrap.py checks that the source below is that translation); the whitespace textwrap
// splits on and turns into spaces is its ASCII set '\t\n\x0b\x0c\r '; strip() and split() are str's (Unicode).
//
// The options `o`: TextWrapper's twelve attributes in the order of its __init__, every one passed (the lowering
// fills in the defaults): 0 width, 1 initial_indent, 2 subsequent_indent, 3 expand_tabs, 4 replace_whitespace,
// 5 fix_sentence_endings, 6 break_long_words, 7 drop_whitespace, 8 break_on_hyphens, 9 tabsize, 10 max_lines,
// 11 placeholder. They are used as CPython uses them (truth values, comparisons, len() and + on any value), so a
// value of another type gives CPython's result or its exception.

// TextWrapper.wordsep_re (re.VERBOSE), translated; compiled at its first use
var py_twr_WORDSEP = {rx: null, src: "((?:[\\u{9}-\\u{D}\\u{20}]+|(?<=[" + py_RE_W + "\\u{21}\\u{22}\\u{27}\\u{26}\\u{2E}\\u{2C}\\u{3F}])\\u{2D}{2,}(?=[" + py_RE_W + "])|[^\\u{9}-\\u{D}\\u{20}]+?(?:\\u{2D}(?:(?<=(?:(?![" + py_RE_D + "])[" + py_RE_W + "]){2}\\u{2D})|(?<=(?:(?![" + py_RE_D + "])[" + py_RE_W + "])\\u{2D}(?:(?![" + py_RE_D + "])[" + py_RE_W + "])\\u{2D}))(?=(?:(?![" + py_RE_D + "])[" + py_RE_W + "])\\u{2D}?(?:(?![" + py_RE_D + "])[" + py_RE_W + "]))|(?=(?:[\\u{9}-\\u{D}\\u{20}]|(?![\\s\\S])))|(?<=[" + py_RE_W + "\\u{21}\\u{22}\\u{27}\\u{26}\\u{2E}\\u{2C}\\u{3F}])(?=\\u{2D}{2,}[" + py_RE_W + "]))))"};

// s.strip() == '' (str's whitespace, Unicode: a chunk of U+3000 is blank though textwrap never splits on it)
function py_twr_blank(s) {
  return py_str_strip(s) === '';
}

// _munge_whitespace and _split: the chunks of text (none empty). CPython's errors for a text that is not a str
// (the first method it calls on it).
function py_twr_chunks(text, o) {
  var et = py_bool(o[3]), rw = py_bool(o[4]);
  if (typeof text !== 'string') {
    if (et || rw) {
      throw py_err('AttributeError', "'" + py_op_tn(text) + "' object has no attribute '" + (et ? 'expandtabs' : 'translate') + "'");
    }
    throw py_err('TypeError', "expected string or bytes-like object, got '" + py_op_tn(text) + "'");
  }
  if (et) text = py_str_expandtabs(text, o[9] === undefined ? null : o[9]);
  if (rw) text = text.replace(/[\t\n\v\f\r]/g, ' ');
  var rx;
  if (o[8] === true) {       // `self.break_on_hyphens is True`: wordsep_re (1 or 'yes' split as wordsep_simple_re)
    rx = py_twr_WORDSEP.rx;
    if (rx === null) rx = py_twr_WORDSEP.rx = new RegExp(py_twr_WORDSEP.src, 'gu');
  } else {
    rx = /[\t\n\v\f\r ]+/g;
  }
  // re.split with one group around the whole pattern, which never matches the empty string: the text between
  // the matches and the matches, empty strings left out
  var out = [], last = 0, m;
  rx.lastIndex = 0;
  while ((m = rx.exec(text)) !== null) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(m[0]);
    last = rx.lastIndex;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

// _fix_sentence_endings: sentence_end_re is [a-z][\.\!\?][\"\']?\Z (ASCII lower case)
function py_twr_fix(chunks) {
  var i = 0;
  while (i < chunks.length - 1) {
    if (chunks[i + 1] === ' ' && /[a-z][.!?]["']?$/.test(chunks[i])) {
      chunks[i + 1] = '  ';
      i += 2;
    } else {
      i += 1;
    }
  }
}

var py_twr_SLICE = 'slice indices must be integers or None or have an __index__ method';

// _handle_long_word (reversed_chunks: the stack of chunks, its top the next one). width is the line's width,
// a float when TextWrapper's width is one (isF): CPython then slices with a float (TypeError).
function py_twr_long(o, chunks, cur, curLen, width, isF) {
  var sl = width < 1 ? 1 : width - curLen;
  if (py_bool(o[6])) {
    if (isF && width >= 1) throw py_err('TypeError', py_twr_SLICE);
    var top = chunks.length - 1, cs = py_op_chars(chunks[top]), end = sl;
    if (py_bool(o[8]) && cs.length > sl) {
      // break after the last hyphen (before space_left), if there are non-hyphens before it
      var h = sl > 0 ? cs.lastIndexOf('-', Math.min(sl, cs.length) - 1) : -1;
      if (h > 0) {
        for (var k = 0; k < h; k++) {
          if (cs[k] !== '-') { end = h + 1; break; }
        }
      }
    }
    cur.push(cs.slice(0, end).join(''));
    chunks[top] = cs.slice(end).join('');
  } else if (cur.length === 0) {
    cur.push(chunks.pop());
  }
}

// _wrap_chunks
function py_twr_lines(o, chunks) {
  var W = o[0], II = o[1], SI = o[2], DW = py_bool(o[7]), ML = o[10], PH = o[11];
  var lines = [];
  if (py_le(W, 0)) throw py_err('ValueError', 'invalid width ' + py_repr(W) + ' (must be > 0)');
  if (py_op_numkind(W) === 0) throw py_err('TypeError', 'py2cs: textwrap width ' + py_repr(W) + ' is not a number');
  var wv = py_numval(W), isF = py_op_numkind(W) === 2;
  if (ML != null) {
    var ind = py_gt(ML, 1) ? SI : II;
    var n = py_len(ind);
    if (typeof PH !== 'string') throw py_err('AttributeError', "'" + py_op_tn(PH) + "' object has no attribute 'lstrip'");
    if (n + py_op_strlen(py_str_lstrip(PH)) > wv) throw py_err('ValueError', 'placeholder too large for max width');
  }
  chunks.reverse();
  while (chunks.length > 0) {
    var cur = [], curLen = 0, i, n0 = chunks.length, top0 = chunks[n0 - 1], l0 = lines.length;
    var indent = lines.length > 0 ? SI : II;
    var width = wv - py_len(indent);
    if (DW && py_twr_blank(chunks[chunks.length - 1]) && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      var l = py_op_strlen(chunks[chunks.length - 1]);
      if (curLen + l <= width) {
        cur.push(chunks.pop());
        curLen += l;
      } else {
        break;
      }
    }
    if (chunks.length > 0 && py_op_strlen(chunks[chunks.length - 1]) > width) {
      py_twr_long(o, chunks, cur, curLen, width, isF);
      curLen = 0;
      for (i = 0; i < cur.length; i++) curLen += py_op_strlen(cur[i]);
    }
    if (DW && cur.length > 0 && py_twr_blank(cur[cur.length - 1])) {
      curLen -= py_op_strlen(cur[cur.length - 1]);
      cur.pop();
    }
    if (cur.length > 0) {
      if (ML == null || py_lt(lines.length + 1, ML) ||
          ((chunks.length === 0 || (DW && chunks.length === 1 && py_twr_blank(chunks[0]))) && curLen <= width)) {
        lines.push(py_add(indent, cur.join('')));
      } else {
        var placed = false;
        while (cur.length > 0) {
          if (!py_twr_blank(cur[cur.length - 1]) && curLen + py_op_strlen(PH) <= width) {
            cur.push(PH);
            lines.push(py_add(indent, cur.join('')));
            placed = true;
            break;
          }
          curLen -= py_op_strlen(cur[cur.length - 1]);
          cur.pop();
        }
        if (!placed) {
          if (lines.length > 0) {
            var prev = py_str_rstrip(lines[lines.length - 1]);
            if (py_op_strlen(prev) + py_op_strlen(PH) <= wv) {
              lines[lines.length - 1] = prev + PH;
              break;
            }
          }
          lines.push(py_add(indent, py_str_lstrip(PH)));
        }
        break;
      }
    }
    if (chunks.length === n0 && chunks[n0 - 1] === top0 && (lines.length === l0 || (l0 > 0 && ML == null))) {
      // nothing was taken from the chunks and the next pass starts as this one did: CPython loops forever
      // (a width NaN, or below the indent's length with an empty chunk left by _handle_long_word)
      throw py_err('TypeError', 'py2cs: CPython\'s textwrap loops forever on this text and width (the indent leaves ' +
        'no room for a chunk, or the width is NaN)');
    }
  }
  return lines;
}

// textwrap.wrap(text, width, **kwargs)
function py_twr_wrap(text, o) {
  var chunks = py_twr_chunks(text, o);
  if (py_bool(o[5])) py_twr_fix(chunks);
  return py_twr_lines(o, chunks);
}

// textwrap.fill(text, width, **kwargs)
function py_twr_fill(text, o) {
  return py_twr_wrap(text, o).join('\n');
}

// textwrap.shorten(text, width, **kwargs): o[10] (max_lines) is 1
function py_twr_shorten(text, o) {
  if (typeof text !== 'string') throw py_err('AttributeError', "'" + py_op_tn(text) + "' object has no attribute 'strip'");
  return py_twr_fill(py_str_split(py_str_strip(text), null).join(' '), o);
}

// textwrap.dedent(text): lines are split at '\n' only (the MULTILINE ^ and $ of _whitespace_only_re and
// _leading_whitespace_re); margins are made of spaces and tabs
function py_twr_dedent(text) {
  if (typeof text !== 'string') {
    throw py_err('TypeError', "expected string or bytes-like object, got '" + py_op_tn(text) + "'");
  }
  var lines = text.split('\n'), margin = null, i, k;
  for (i = 0; i < lines.length; i++) {
    if (/^[ \t]+$/.test(lines[i])) lines[i] = '';
  }
  for (i = 0; i < lines.length; i++) {
    var ind = /^[ \t]*/.exec(lines[i])[0];
    if (ind.length === lines[i].length) continue;      // (no character after the leading spaces and tabs)
    if (margin === null) {
      margin = ind;
    } else if (ind.startsWith(margin)) {
      // deeper than the margin: no change
    } else if (margin.startsWith(ind)) {
      margin = ind;
    } else {
      for (k = 0; k < margin.length && k < ind.length; k++) {
        if (margin.charAt(k) !== ind.charAt(k)) {
          margin = margin.slice(0, k);
          break;
        }
      }
    }
  }
  if (margin) {
    for (i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(margin)) lines[i] = lines[i].slice(margin.length);
    }
  }
  return lines.join('\n');
}

// textwrap.indent(text, prefix, predicate=None): str.splitlines(True)'s lines; predicate (any callable)
// called on each line as CPython calls it
function py_twr_indent(text, prefix, predicate) {
  if (typeof text !== 'string') throw py_err('AttributeError', "'" + py_op_tn(text) + "' object has no attribute 'splitlines'");
  var lines = py_str_splitlines(text, true), out = '';
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    var ok = predicate == null ? !py_twr_blank(line) : py_bool(py_callv(predicate, [line]));
    out += ok ? py_add(prefix, line) : line;
  }
  return out;
}
