// datetime: naive date, datetime, time and timedelta (CPython 3.11's datetime module, C implementation).
// Values are py_Dt objects with integer fields, never JS Date arithmetic (no DST or time-zone effects):
//   date       k = 'date',      d = proleptic Gregorian ordinal (0001-01-01 is 1), us = 0
//   datetime   k = 'datetime',  d = ordinal, us = microseconds since midnight (0 .. 86399999999)
//   time       k = 'time',      d = 0, us = microseconds since midnight
//   timedelta  k = 'timedelta', d = days (|d| <= 999999999), us = seconds * 10**6 + microseconds (0 .. 86399999999)
// Exact integer arithmetic beyond 2**53 uses BigInt (microsecond totals).
// The generic helpers (==, <, +, str, repr, format, bool, JSON...) learn these values through the py_dthook_*
// units, which wrap them when (and only when) a module uses datetime; py_dt_clock is the one place reading the
// browser's clock (tests pin it through Date.now).

function py_Dt(k, d, us) {
  this.k = k;
  this.d = d;
  this.us = us;
  this.f = 0;      // fold (datetime.now() in a repeated hour: repr shows fold=1)
}

var py_dt_DIM = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var py_dt_DBM = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
var py_dt_MAXORD = 3652059;          // 9999-12-31
var py_dt_USDAY = 86400000000;
var py_dt_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
var py_dt_MONTHNAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
var py_dt_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
var py_dt_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function py_dt_mk(k, d, us) {
  return new py_Dt(k, d, us);
}

function py_dt_leap(y) {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function py_dt_dim(y, m) {
  return m === 2 && py_dt_leap(y) ? 29 : py_dt_DIM[m];
}

function py_dt_ymd2ord(y, m, d) {
  var p = y - 1;
  return p * 365 + Math.floor(p / 4) - Math.floor(p / 100) + Math.floor(p / 400) +
    py_dt_DBM[m] + (m > 2 && py_dt_leap(y) ? 1 : 0) + d;
}

function py_dt_ord2ymd(n) {
  n -= 1;
  var n400 = Math.floor(n / 146097); n -= n400 * 146097;
  var year = n400 * 400 + 1;
  var n100 = Math.floor(n / 36524); n -= n100 * 36524;
  var n4 = Math.floor(n / 1461); n -= n4 * 1461;
  var n1 = Math.floor(n / 365); n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  var leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  var month = (n + 50) >> 5;
  var preceding = py_dt_DBM[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= py_dt_DIM[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

// An int argument of a constructor (bool counts; CPython's __index__ message otherwise).
function py_dt_int(v) {
  if (v === true) return 1;
  if (v === false) return 0;
  if (py_isint(v)) {
    // a C int
    if (v > 2147483647) throw py_err('OverflowError', 'signed integer is greater than maximum');
    if (v < -2147483648) throw py_err('OverflowError', 'signed integer is less than minimum');
    return v;
  }
  throw py_err('TypeError', "'" + py_coll_tn(v) + "' object cannot be interpreted as an integer");
}

function py_dt_checkymd(y, m, d) {
  y = py_dt_int(y); m = py_dt_int(m); d = py_dt_int(d);
  if (y < 1 || y > 9999) throw py_err('ValueError', 'year ' + py_int_str(y) + ' is out of range');
  if (m < 1 || m > 12) throw py_err('ValueError', 'month must be in 1..12');
  if (d < 1 || d > py_dt_dim(y, m)) throw py_err('ValueError', 'day is out of range for month');
  return py_dt_ymd2ord(y, m, d);
}

function py_dt_checktime(h, mi, s, us) {
  // (the compiler passes 0 for an omitted argument: undefined here is a None)
  h = py_dt_int(h); mi = py_dt_int(mi); s = py_dt_int(s); us = py_dt_int(us);
  if (h < 0 || h > 23) throw py_err('ValueError', 'hour must be in 0..23');
  if (mi < 0 || mi > 59) throw py_err('ValueError', 'minute must be in 0..59');
  if (s < 0 || s > 59) throw py_err('ValueError', 'second must be in 0..59');
  if (us < 0 || us > 999999) throw py_err('ValueError', 'microsecond must be in 0..999999');
  return ((h * 60 + mi) * 60 + s) * 1000000 + us;
}

// date(year, month, day)
function py_dt_date(y, m, d) {
  return py_dt_mk('date', py_dt_checkymd(y, m, d), 0);
}

// datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0)
function py_dt_datetime(y, m, d, h, mi, s, us) {
  // CPython parses every argument as a C int (TypeError, OverflowError) before it checks any range
  y = py_dt_int(y); m = py_dt_int(m); d = py_dt_int(d);
  h = py_dt_int(h); mi = py_dt_int(mi); s = py_dt_int(s); us = py_dt_int(us);
  var o = py_dt_checkymd(y, m, d);
  return py_dt_mk('datetime', o, py_dt_checktime(h, mi, s, us));
}

// The browser's clock in its own time zone: the one place py2cs reads it (Date.now, so tests can pin it).
function py_dt_time(h, mi, s, us) {
  return py_dt_mk('time', 0, py_dt_checktime(h, mi, s, us));
}

// datetime.combine(date, time): CPython's argument types (a datetime is a date), the time's fold kept
function py_dt_combine(d, t) {
  if (!(d instanceof py_Dt && (d.k === 'date' || d.k === 'datetime'))) {
    throw py_err('TypeError', 'combine() argument 1 must be datetime.date, not ' + py_dt_argtn(d));
  }
  if (!(t instanceof py_Dt && t.k === 'time')) {
    throw py_err('TypeError', 'combine() argument 2 must be datetime.time, not ' + py_dt_argtn(t));
  }
  var r = py_dt_mk('datetime', d.d, t.us);
  r.f = t.f;
  return r;
}

function py_dt_clock() {
  return new Date(Date.now());
}

// local wall time of a JS time value (ms) in whole seconds since 0001-01-01T00:00 (CPython's local(): its year
// must be in 1..9999)
function py_dt_local_s(ms) {
  var t = new Date(ms), y = t.getFullYear();
  if (y < 1 || y > 9999) throw py_err('ValueError', 'year ' + y + ' is out of range');
  return (py_dt_ymd2ord(y, t.getMonth() + 1, t.getDate()) * 24 + t.getHours()) * 3600 +
    t.getMinutes() * 60 + t.getSeconds();
}

// CPython's datetime_from_timet_and_us for local time: whole seconds since 1970 and microseconds
function py_dt_from_local(sec, us) {
  var local = py_dt_local_s(sec * 1000);
  var d = Math.floor(local / 86400), x = py_dt_mk('datetime', d, (local - d * 86400) * 1000000 + us);
  // the second of two equal wall times (a clock turned back) has fold=1
  var trans = local - py_dt_local_s((sec - 86400) * 1000) - 86400;
  if (trans < 0 && py_dt_local_s((sec + trans) * 1000) === local) x.f = 1;
  return x;
}

function py_dt_now() {
  var ms = py_dt_clock().getTime(), sec = Math.floor(ms / 1000);
  return py_dt_from_local(sec, (ms - sec * 1000) * 1000);
}

// datetime.fromtimestamp(t) / date.fromtimestamp(t): the browser's time zone, as now()
function py_dt_fromtimestamp(kind, t) {
  if (t === true || t === false) t = t ? 1 : 0;
  if (typeof t !== 'number' && !(t instanceof py_PyFloat)) {
    throw py_err('TypeError', "'" + py_coll_tn(t) + "' object cannot be interpreted as an integer");
  }
  var isf = !py_isint(t), v = py_numval(t), sec = v, us = 0;
  if (isf) {
    if (v !== v) throw py_err('ValueError', 'Invalid value NaN (not a number)');
    if (kind === 'date') {
      sec = Math.floor(v);    // _PyTime_ROUND_FLOOR
    } else {                  // whole seconds, and the fraction's microseconds rounded half to even
      sec = Math.trunc(v);
      var f = (v - sec) * 1e6, r = py_dt_cround(f);     // _PyTime_RoundHalfEven
      if (Math.abs(f - r) === 0.5) r = 2 * py_dt_cround(f / 2);
      if (r >= 1e6) { r -= 1e6; sec += 1; } else if (r < 0) { r += 1e6; sec -= 1; }
      us = r;
    }
  }
  if (!(sec >= -9223372036854775808 && sec < 9223372036854775808)) {
    throw py_err('OverflowError', 'timestamp out of range for platform time_t');
  }
  if (Math.abs(sec) > 8639999000000) {
    throw py_err('TypeError', 'py2cs: a timestamp beyond the range of JavaScript dates (years 1..9999 need far less)');
  }
  if (sec < 94694400) {
    // before 1973 some zones kept offsets in seconds (local mean time), which browsers round differently
    throw py_err('TypeError', 'py2cs: fromtimestamp() of a time before 1973 is not supported (historical time zone ' +
      'offsets differ between browsers and CPython)');
  }
  if (kind === 'date') {
    var tm = new Date(sec * 1000);
    return py_dt_date(tm.getFullYear(), tm.getMonth() + 1, tm.getDate());
  }
  return py_dt_from_local(sec, us);
}

function py_dt_today() {
  return py_dt_mk('date', py_dt_now().d, 0);
}

// timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks): CPython's delta_new
// (ints exactly, floats split into an exact integral part and a fraction rounded half to even at the end).
function py_dt_timedelta(days, seconds, micros, millis, minutes, hours, weeks) {
  var x = BigInt(0), left = 0;
  var parts = [[micros, 1, 'microseconds'], [millis, 1000, 'milliseconds'], [seconds, 1000000, 'seconds'],
    [minutes, 60000000, 'minutes'], [hours, 3600000000, 'hours'], [days, py_dt_USDAY, 'days'],
    [weeks, 7 * py_dt_USDAY, 'weeks']];
  for (var i = 0; i < parts.length; i++) {
    var v = parts[i][0], f = parts[i][1];
    if (v == null) {   // (the compiler passes 0 for an omitted argument)
      throw py_err('TypeError', 'unsupported type for timedelta ' + parts[i][2] + ' component: NoneType');
    }
    if (v === true || v === false) v = v ? 1 : 0;
    var isf = v instanceof py_PyFloat || (typeof v === 'number' && !py_isint(v));
    if (typeof v !== 'number' && !(v instanceof py_PyFloat)) {
      throw py_err('TypeError', 'unsupported type for timedelta ' + parts[i][2] + ' component: ' + py_coll_tn(v));
    }
    v = py_numval(v);
    if (!isf) { x += BigInt(v) * BigInt(f); continue; }
    if (v !== v) throw py_err('ValueError', 'cannot convert float NaN to integer');
    if (v === Infinity || v === -Infinity) throw py_err('OverflowError', 'cannot convert float infinity to integer');
    var ip = Math.trunc(v), fp = v - ip;
    x += BigInt(ip) * BigInt(f);
    if (fp === 0) continue;
    var dn = f * fp, ip2 = Math.trunc(dn);
    x += BigInt(ip2);
    left += dn - ip2;
  }
  if (left !== 0) {
    var whole = py_dt_cround(left);
    if (Math.abs(whole - left) === 0.5) {
      var odd = (x % BigInt(2) !== BigInt(0)) ? 1 : 0;
      whole = 2.0 * py_dt_cround((left + odd) * 0.5) - odd;
    }
    x += BigInt(whole);
  }
  return py_dt_td_from_us(x);
}

// C's round(): half away from zero
function py_dt_cround(v) {
  var r = Math.trunc(v), f = v - r;
  if (f >= 0.5) return r + 1;
  if (f <= -0.5) return r - 1;
  return r;
}

var py_dt_BIG_DAY = null;

function py_dt_bday() {
  if (py_dt_BIG_DAY === null) py_dt_BIG_DAY = BigInt(py_dt_USDAY);
  return py_dt_BIG_DAY;
}

// A timedelta from a BigInt of microseconds (OverflowError beyond 999999999 days, as CPython).
function py_dt_td_from_us(x) {
  var D = py_dt_bday(), days = x / D, rem = x % D;
  if (rem < BigInt(0)) { rem += D; days -= BigInt(1); }
  if (days > BigInt(2147483647) || days < BigInt(-2147483648)) {
    throw py_err('OverflowError', 'Python int too large to convert to C int');
  }
  if (days > BigInt(999999999) || days < BigInt(-999999999)) {
    throw py_err('OverflowError', 'days=' + days.toString() + '; must have magnitude <= 999999999');
  }
  return py_dt_mk('timedelta', Number(days), Number(rem));
}

function py_dt_td_us(t) {
  return BigInt(t.d) * py_dt_bday() + BigInt(t.us);
}

// microseconds since 0001-01-01T00:00 (datetime) or of the day count (date)
function py_dt_abs_us(x) {
  return BigInt(x.d) * py_dt_bday() + BigInt(x.us);
}

function py_dt_from_abs(k, x) {
  var D = py_dt_bday(), days = x / D, rem = x % D;
  if (rem < BigInt(0)) { rem += D; days -= BigInt(1); }
  if (days < BigInt(1) || days > BigInt(py_dt_MAXORD)) throw py_err('OverflowError', 'date value out of range');
  return py_dt_mk(k, Number(days), Number(rem));
}

// ---------------------------------------------------------------- attributes and methods

// date.min, datetime.max, timedelta.resolution... (also read through a value: d.max)
// X.min / X.max / X.resolution: one object per class and name, as CPython's class attributes (time.min is time.min;
// date.resolution is not timedelta.resolution). Dates are never changed, so they can be shared.
var py_DT_CLASSATTRS = new Map();

function py_dt_classattr(kind, name) {
  var key = kind + '.' + name, v = py_DT_CLASSATTRS.get(key);
  if (v === undefined) py_DT_CLASSATTRS.set(key, v = py_dt_classattr_new(kind, name));
  return v;
}

function py_dt_classattr_new(kind, name) {
  if (kind === 'timedelta') {
    if (name === 'min') return py_dt_mk(kind, -999999999, 0);
    if (name === 'max') return py_dt_mk(kind, 999999999, py_dt_USDAY - 1);
    return py_dt_mk(kind, 0, 1);
  }
  if (name === 'resolution') return py_dt_mk('timedelta', kind === 'date' ? 1 : 0, kind === 'date' ? 0 : 1);
  if (kind === 'time') return py_dt_mk(kind, 0, name === 'min' ? 0 : py_dt_USDAY - 1);
  if (name === 'min') return py_dt_mk(kind, 1, 0);
  return py_dt_mk(kind, py_dt_MAXORD, kind === 'date' ? 0 : py_dt_USDAY - 1);
}

// date.fromordinal(n) / datetime.fromordinal(n)
function py_dt_fromordinal(kind, n) {
  n = py_dt_int(n);
  if (n < 1) throw py_err('ValueError', 'ordinal must be >= 1');
  var ymd = py_dt_ord2ymd(n);
  return py_dt_mk(kind, py_dt_checkymd(ymd[0], ymd[1], ymd[2]), 0);
}

function py_dt_attr(x, name) {
  if (Array.isArray(x) && x.py_isocal === true) {
    var at = ['year', 'week', 'weekday'].indexOf(name);
    if (at >= 0) return x[at];
    throw py_err('AttributeError', "'datetime.IsoCalendarDate' object has no attribute '" + name + "'");
  }
  if (x instanceof py_Dt) {
    if (name === 'min' || name === 'max' || name === 'resolution') return py_dt_classattr(x.k, name);
    if (name === 'weekday' && x.k !== 'timedelta' && x.k !== 'time') {
      throw py_err('TypeError', 'py2cs: d.weekday without a call is a method: call it, d.weekday()');
    }
    if (x.k === 'timedelta') {
      if (name === 'days') return x.d;
      if (name === 'seconds') return Math.floor(x.us / 1000000);
      if (name === 'microseconds') return x.us % 1000000;
    } else {
      var ymd;
      if (x.k !== 'time' && (name === 'year' || name === 'month' || name === 'day')) {
        ymd = py_dt_ord2ymd(x.d);
        return name === 'year' ? ymd[0] : name === 'month' ? ymd[1] : ymd[2];
      }
      if (x.k === 'datetime' || x.k === 'time') {
        if (name === 'hour') return Math.floor(x.us / 3600000000);
        if (name === 'minute') return Math.floor(x.us / 60000000) % 60;
        if (name === 'second') return Math.floor(x.us / 1000000) % 60;
        if (name === 'microsecond') return x.us % 1000000;
      }
    }
  }
  throw py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
}

function py_dt_pad(n, w) {
  var s = String(n);
  while (s.length < w) s = '0' + s;
  return s;
}

function py_dt_timestr(us, sep) {
  var h = Math.floor(us / 3600000000), mi = Math.floor(us / 60000000) % 60, s = Math.floor(us / 1000000) % 60,
    f = us % 1000000;
  return py_dt_pad(h, 2) + ':' + py_dt_pad(mi, 2) + ':' + py_dt_pad(s, 2) + (f ? '.' + py_dt_pad(f, 6) : '');
}

function py_dt_isoformat(x, sep) {
  if (x.k === 'time') return py_dt_timestr(x.us);
  var ymd = py_dt_ord2ymd(x.d);
  var ds = py_dt_pad(ymd[0], 4) + '-' + py_dt_pad(ymd[1], 2) + '-' + py_dt_pad(ymd[2], 2);
  if (x.k === 'date') return ds;
  return ds + (sep === undefined ? 'T' : sep) + py_dt_timestr(x.us);
}

function py_dt_str(x) {
  if (x.k === 'date' || x.k === 'time') return py_dt_isoformat(x);
  if (x.k === 'datetime') return py_dt_isoformat(x, ' ');
  var s = '';
  if (x.d !== 0) s = x.d + ' day' + (Math.abs(x.d) !== 1 ? 's' : '') + ', ';
  var h = Math.floor(x.us / 3600000000);
  return s + h + py_dt_timestr(x.us).slice(2);
}

function py_dt_repr(x) {
  if (x.k === 'timedelta') {
    var parts = [], s = Math.floor(x.us / 1000000), f = x.us % 1000000;
    if (x.d) parts.push('days=' + x.d);
    if (s) parts.push('seconds=' + s);
    if (f) parts.push('microseconds=' + f);
    return 'datetime.timedelta(' + (parts.length ? parts.join(', ') : '0') + ')';
  }
  var out = x.k === 'time' ? [] : py_dt_ord2ymd(x.d).slice();
  if (x.k === 'datetime' || x.k === 'time') {
    out.push(Math.floor(x.us / 3600000000), Math.floor(x.us / 60000000) % 60);
    var sec = Math.floor(x.us / 1000000) % 60, us = x.us % 1000000;
    if (sec || us) out.push(sec);
    if (us) out.push(us);
    if (x.f === 1) out.push('fold=1');   // only now() makes one (py_dt_now)
  }
  return 'datetime.' + x.k + '(' + out.join(', ') + ')';
}

// The strftime directives whose result is the same on every platform and locale CPython runs on (C locale).
function py_dt_strftime(x, fmt) {
  if (typeof fmt !== 'string') {
    throw py_err('TypeError', "strftime() argument 1 must be str, not " + py_dt_argtn(fmt));
  }
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/.test(fmt)) {
    throw py_err('TypeError', 'py2cs: a lone surrogate in a strftime format (CPython raises UnicodeEncodeError)');
  }
  // a time's date fields are 1900-01-01's (CPython's time.strftime: timetuple (1900, 1, 1, h, m, s, 0, 1, -1))
  var dd = x.k === 'time' ? 693596 : x.d;
  var ymd = py_dt_ord2ymd(dd), us = x.k === 'date' ? 0 : x.us, out = '';
  var h = Math.floor(us / 3600000000), wd = (dd + 6) % 7;
  for (var i = 0; i < fmt.length; i++) {
    var c = fmt[i];
    if (c !== '%') {
      if (c === '\0') throw py_dt_fmt_refused(fmt, 'a NUL character');
      out += c;
      continue;
    }
    var dch = fmt[++i];
    switch (dch) {
      case 'Y':
        if (ymd[0] < 1000) throw py_dt_fmt_refused(fmt, '%Y of a year before 1000 (zero-padded on some platforms, not on others)');
        out += ymd[0]; break;
      case 'y': out += py_dt_pad(ymd[0] % 100, 2); break;
      case 'm': out += py_dt_pad(ymd[1], 2); break;
      case 'd': out += py_dt_pad(ymd[2], 2); break;
      case 'H': out += py_dt_pad(h, 2); break;
      case 'I': out += py_dt_pad(h % 12 === 0 ? 12 : h % 12, 2); break;
      case 'p': out += h < 12 ? 'AM' : 'PM'; break;
      case 'M': out += py_dt_pad(Math.floor(us / 60000000) % 60, 2); break;
      case 'S': out += py_dt_pad(Math.floor(us / 1000000) % 60, 2); break;
      case 'f': out += py_dt_pad(us % 1000000, 6); break;
      case 'b': out += py_dt_MONTHS[ymd[1] - 1]; break;
      case 'B': out += py_dt_MONTHNAMES[ymd[1] - 1]; break;
      case 'a': out += py_dt_DAYS[wd]; break;
      case 'A': out += py_dt_DAYNAMES[wd]; break;
      case 'j': out += py_dt_pad(dd - py_dt_ymd2ord(ymd[0], 1, 1) + 1, 3); break;
      // C89 week numbers: (tm_yday + 7 - tm_wday) / 7, the week's first day Sunday (%U) or Monday (%W)
      case 'U': out += py_dt_pad(Math.floor((dd - py_dt_ymd2ord(ymd[0], 1, 1) + 7 - (wd + 1) % 7) / 7), 2); break;
      case 'W': out += py_dt_pad(Math.floor((dd - py_dt_ymd2ord(ymd[0], 1, 1) + 7 - wd) / 7), 2); break;
      // C99's ISO 8601 week-based year, week and weekday (what isocalendar() gives)
      case 'G':
        var gy = py_dt_isocalendar(dd)[0];
        if (gy < 1000) throw py_dt_fmt_refused(fmt, '%G of a year before 1000 (zero-padded on some platforms, not on others)');
        out += gy; break;
      case 'V': out += py_dt_pad(py_dt_isocalendar(dd)[1], 2); break;
      case 'u': out += wd + 1; break;
      case '%': out += '%'; break;
      default:
        throw py_dt_fmt_refused(fmt, dch === undefined ? 'a lone % at the end' : 'the directive %' + dch);
    }
  }
  return out;
}

// The Monday of ISO week 1 of year y (CPython's _isoweek1monday).
function py_dt_isoweek1monday(y) {
  var first = py_dt_ymd2ord(y, 1, 1), wd = (first + 6) % 7, m = first - wd;
  return wd > 3 ? m + 7 : m;
}

// [ISO year, ISO week, ISO weekday] of ordinal n, as CPython's date.isocalendar() computes them.
function py_dt_isocalendar(n) {
  var y = py_dt_ord2ymd(n)[0], w1 = py_dt_isoweek1monday(y), week = Math.floor((n - w1) / 7);
  if (week < 0) {
    y -= 1;
    w1 = py_dt_isoweek1monday(y);
    week = Math.floor((n - w1) / 7);
  } else if (week >= 52 && n >= py_dt_isoweek1monday(y + 1)) {
    y += 1;
    w1 = py_dt_isoweek1monday(y);
    week = 0;
  }
  return [y, week + 1, (n + 6) % 7 + 1];
}

// the type of a bad argument as CPython's argument parser names it (None, not NoneType)
function py_dt_argtn(v) {
  return v == null ? 'None' : py_coll_tn(v);
}

function py_dt_fmt_refused(fmt, what) {
  return py_err('TypeError', 'py2cs: ' + what + ' in the format ' + py_repr(fmt) + ' depends on the platform or locale '
    + 'in CPython; supported: %Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %U %W %%');
}

// format(x, spec) / f'{x:spec}': date.__format__ is strftime for a non-empty spec; timedelta has object's.
function py_dt_format(x, spec) {
  if (spec === '' || spec == null) return py_dt_str(x);
  if (x.k === 'timedelta') throw py_err('TypeError', 'unsupported format string passed to datetime.timedelta.__format__');
  return py_dt_strftime(x, spec);
}

var py_dt_OMIT = {omitted: true};

function py_dt_bind(name, spec, pos, kw) {
  // spec: parameter names; returns the values by position (undefined when omitted)
  var out = [], i;
  for (i = 0; i < spec.length; i++) out.push(py_dt_OMIT);
  if (spec.length === 0) {   // METH_NOARGS: the message names the class
    if (pos.length > 0) throw py_err('TypeError', name + '() takes no arguments (' + pos.length + ' given)');
    if (kw && kw.size > 0) throw py_err('TypeError', name + '() takes no keyword arguments');
    return out;
  }
  if (pos.length > spec.length) {
    throw py_err('TypeError', name + '() takes at most ' + spec.length + ' argument' + (spec.length === 1 ? '' : 's') +
      ' (' + pos.length + ' given)');
  }
  for (i = 0; i < pos.length; i++) out[i] = pos[i];
  if (kw) {
    kw.forEach(function (v, k) {
      var j = spec.indexOf(k);
      if (typeof k !== 'string') j = -1;
      if (j < 0) throw py_err('TypeError', "'" + k + "' is an invalid keyword argument for " + name + '()');
      if (j < pos.length) {
        throw py_err('TypeError', 'argument for ' + name + "() given by name ('" + k + "') and position (" + (j + 1) + ')');
      }
      out[j] = v;
    });
  }
  return out;
}

// x.name(*pos, **kw) for a value of unknown type (the compiler refuses what no date type has).
function py_dt_m(x, name, pos, kw) {
  if (!(x instanceof py_Dt)) {
    if (name === 'replace' && typeof x === 'string') {
      if (kw && kw.size > 0) throw py_err('TypeError', 'str.replace() takes no keyword arguments');
      return py_m_replace.apply(null, [x].concat(pos));
    }
    if (Array.isArray(x) && x.py_isocal === true) {    // d.isocalendar().weekday(): its fields are ints
      if (name === 'year' || name === 'week' || name === 'weekday') throw py_err('TypeError', "'int' object is not callable");
      throw py_err('AttributeError', "'datetime.IsoCalendarDate' object has no attribute '" + name + "'");
    }
    throw py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
  }
  var a, k = x.k, ymd;
  if (name === 'strftime' && k !== 'timedelta') {      // (a time: its date fields are 1900-01-01's)
    if (pos.length === 0 && !(kw && kw.has('format'))) {
      throw py_err('TypeError', "strftime() missing required argument 'format' (pos 1)");
    }
    a = py_dt_bind('strftime', ['format'], pos, kw);
    if (a[0] === py_dt_OMIT) throw py_err('TypeError', "strftime() missing required argument 'format' (pos 1)");
    return py_dt_strftime(x, a[0]);
  }
  if (k === 'time') {
    switch (name) {
      case 'isoformat':
        a = py_dt_bind('isoformat', ['timespec'], pos, kw);
        if (a[0] !== py_dt_OMIT && typeof a[0] !== 'string') {
          throw py_err('TypeError', 'isoformat() argument 1 must be str, not ' + py_dt_argtn(a[0]));
        }
        if (a[0] === py_dt_OMIT || a[0] === 'auto') return py_dt_timestr(x.us);
        var tkeep = {hours: 2, minutes: 5, seconds: 8, milliseconds: 12, microseconds: 15};   // characters kept
        if (!Object.prototype.hasOwnProperty.call(tkeep, a[0])) throw py_err('ValueError', 'Unknown timespec value');
        var ts = py_dt_timestr(x.us);
        if (ts.length === 8) ts += '.000000';
        return ts.slice(0, tkeep[a[0]]);
      case 'replace':
        if (pos.length === 5) {   // CPython's fifth parameter
          throw py_err('TypeError', 'py2cs: time.replace() with a tzinfo argument is not supported (time zones)');
        }
        if (pos.length > 5) throw py_err('TypeError', 'replace() takes at most 5 positional arguments (' + pos.length + ' given)');
        a = py_dt_bind('replace', ['hour', 'minute', 'second', 'microsecond'], pos, kw);
        var tc = [py_dt_attr(x, 'hour'), py_dt_attr(x, 'minute'), py_dt_attr(x, 'second'), x.us % 1000000];
        for (var ti = 0; ti < 4; ti++) if (a[ti] === py_dt_OMIT) a[ti] = tc[ti];
        var tr = py_dt_time(a[0], a[1], a[2], a[3]);
        if (x.f === 1) tr.f = 1;
        return tr;
    }
  } else if (k === 'timedelta') {
    if (name === 'total_seconds') {
      py_dt_bind('timedelta.total_seconds', [], pos, kw);
      return py_dt_bigdiv(py_dt_td_us(x), BigInt(1000000));   // statically a float (dtlow: total_seconds -> float)
    }
  } else {
    switch (name) {
      case 'isoformat':
        if (k === 'date') {
          py_dt_bind('date.isoformat', [], pos, kw);
          return py_dt_isoformat(x);
        }
        a = py_dt_bind('isoformat', ['sep', 'timespec'], pos, kw);
        if (a[0] !== py_dt_OMIT && (typeof a[0] !== 'string' || py_len(a[0]) !== 1)) {
          throw py_err('TypeError', 'isoformat() argument 1 must be a unicode character, not ' + py_dt_argtn(a[0]));
        }
        if (a[1] !== py_dt_OMIT && typeof a[1] !== 'string') {
          throw py_err('TypeError', 'isoformat() argument 2 must be str, not ' + py_dt_argtn(a[1]));
        }
        var iso = py_dt_isoformat(x, a[0] === py_dt_OMIT ? 'T' : a[0]);
        if (a[1] === py_dt_OMIT || a[1] === 'auto') return iso;
        var keep = {hours: 2, minutes: 5, seconds: 8, milliseconds: 12, microseconds: 15}[a[1]];
        if (typeof keep !== 'number' || !Object.prototype.hasOwnProperty.call({hours: 1, minutes: 1, seconds: 1,
          milliseconds: 1, microseconds: 1}, a[1])) throw py_err('ValueError', 'Unknown timespec value');
        var tpart = py_dt_timestr(x.us);
        if (tpart.length === 8) tpart += '.000000';   // (auto drops a zero fraction)
        return iso.slice(0, 10) + (a[0] === py_dt_OMIT ? 'T' : a[0]) + tpart.slice(0, keep);
      case 'weekday':
        py_dt_bind('date.weekday', [], pos, kw);
        return (x.d + 6) % 7;
      case 'isoweekday':
        py_dt_bind('date.isoweekday', [], pos, kw);
        return (x.d + 6) % 7 + 1;
      case 'toordinal':
        py_dt_bind('date.toordinal', [], pos, kw);
        return x.d;
      case 'isocalendar':
        py_dt_bind('date.isocalendar', [], pos, kw);
        var ic = py_tuple(py_dt_isocalendar(x.d));
        Object.defineProperty(ic, 'py_isocal', {value: true});   // an IsoCalendarDate (repr, type name, attributes)
        return ic;
      case 'ctime':   // CPython formats it itself (not with the platform's strftime)
        py_dt_bind('date.ctime', [], pos, kw);
        ymd = py_dt_ord2ymd(x.d);
        var day = ymd[2] < 10 ? ' ' + ymd[2] : '' + ymd[2];
        return py_dt_DAYS[(x.d + 6) % 7] + ' ' + py_dt_MONTHS[ymd[1] - 1] + ' ' + day + ' ' +
          py_dt_timestr(x.us - x.us % 1000000) + ' ' + py_dt_pad(ymd[0], 4);
      case 'date':
        if (k !== 'datetime') break;
        py_dt_bind('datetime.date', [], pos, kw);
        return py_dt_mk('date', x.d, 0);
      case 'time':
        if (k !== 'datetime') break;
        py_dt_bind('datetime.time', [], pos, kw);
        var tm = py_dt_mk('time', 0, x.us);
        tm.f = x.f;
        return tm;
      case 'replace':
        ymd = py_dt_ord2ymd(x.d);
        if (k === 'date') {
          a = py_dt_bind('replace', ['year', 'month', 'day'], pos, kw);
          return py_dt_date(a[0] === py_dt_OMIT ? ymd[0] : a[0], a[1] === py_dt_OMIT ? ymd[1] : a[1],
            a[2] === py_dt_OMIT ? ymd[2] : a[2]);
        }
        if (pos.length === 8) {   // CPython's eighth parameter
          throw py_err('TypeError', 'py2cs: datetime.replace() with a tzinfo argument is not supported (time zones)');
        }
        if (pos.length > 8) throw py_err('TypeError', 'replace() takes at most 8 positional arguments (' + pos.length + ' given)');
        a = py_dt_bind('replace', ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond'], pos, kw);
        var cur = [ymd[0], ymd[1], ymd[2], py_dt_attr(x, 'hour'), py_dt_attr(x, 'minute'), py_dt_attr(x, 'second'),
          x.us % 1000000];
        for (var i = 0; i < 7; i++) if (a[i] === py_dt_OMIT) a[i] = cur[i];
        var r = py_dt_datetime(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
        if (x.f === 1) r.f = 1;   // replace() keeps fold
        return r;
    }
  }
  throw py_err('AttributeError', "'" + py_coll_tn(x) + "' object has no attribute '" + name + "'");
}

// isinstance(x, (date, ...)): a datetime is a date; other class names as py_isinstance
function py_dt_isinstance(x, names) {
  if (x instanceof py_Dt) {
    if (names.indexOf('datetime.' + x.k) >= 0 || (x.k === 'datetime' && names.indexOf('datetime.date') >= 0)) return true;
    return names.indexOf('object') >= 0;
  }
  return py_isinstance(x, names);
}

// ---------------------------------------------------------------- parsing

// fromisoformat: a port of CPython 3.11's C parser (Modules/_datetimemodule.c), which works on the UTF-8
// bytes of the string (a character past the end reads as NUL) and ignores what follows a parsed date part.
function py_dt_utf8(s) {
  try {
    return unescape(encodeURIComponent(s));   // one character per UTF-8 byte
  } catch (e) {
    return null;                              // a lone surrogate: CPython cannot encode it either
  }
}

function py_dt_digits(b, p, n) {
  // [value, next position] of n ASCII digits at p, or null
  var v = 0;
  for (var i = 0; i < n; i++) {
    var c = p + i < b.length ? b.charCodeAt(p + i) - 48 : -48;
    if (c < 0 || c > 9) return null;
    v = v * 10 + c;
  }
  return [v, p + n];
}

// parse_isoformat_date: [y, m, d] or null; len is how far the date part may go
function py_dt_parse_date(b, len) {
  var r = py_dt_digits(b, 0, 4);
  if (r === null) return null;
  var year = r[0], p = r[1];
  var sep = b[p] === '-';
  if (sep) p++;
  if (b[p] === 'W') {
    r = py_dt_digits(b, p + 1, 2);
    if (r === null) return null;
    var week = r[0], day = 1;
    p = r[1];
    if (p < len) {
      if (sep && b[p++] !== '-') return null;
      r = py_dt_digits(b, p, 1);
      if (r === null) return null;
      day = r[0];
    }
    return py_dt_isocal(year, week, day);
  }
  r = py_dt_digits(b, p, 2);
  if (r === null) return null;
  var month = r[0];
  p = r[1];
  if (sep && b[p++] !== '-') return null;
  r = py_dt_digits(b, p, 2);
  if (r === null) return null;
  return [year, month, r[0]];
}

// iso_to_ymd: [y, m, d] (not validated: the date constructor checks the range), or null when invalid
function py_dt_isocal(year, week, day) {
  if (week <= 0 || week >= 53) {
    var bad = true;
    if (week === 53) {
      var first = (py_dt_ymd2ord(year, 1, 1) + 6) % 7;   // 0 is Monday
      if (first === 3 || (first === 2 && py_dt_leap(year))) bad = false;
    }
    if (bad) return null;
  }
  if (day <= 0 || day >= 8) return null;
  if (year === 0) {   // CPython computes a date before 0001-01-01 (reading outside its month table)
    throw py_err('TypeError', 'py2cs: an ISO week date of the year 0 has no defined result in CPython');
  }
  var f = py_dt_ymd2ord(year, 1, 1), wd = (f + 6) % 7, w1 = f - wd;
  if (wd > 3) w1 += 7;
  return py_dt_ord2ymd(w1 + (week - 1) * 7 + (day - 1));
}

// _find_isoformat_datetime_separator
function py_dt_sep_pos(b) {
  var len = b.length;
  if (len === 7) return 7;
  if (b[4] === '-') {
    if (b[5] === 'W') {
      if (len < 8) return -1;
      if (len > 8 && b[8] === '-') {
        if (len === 9) return -1;
        if (len > 10 && b[10] >= '0' && b[10] <= '9') return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (b[4] === 'W') {
    var idx = 7;
    while (idx < len && b[idx] >= '0' && b[idx] <= '9') idx++;
    if (idx < 9) return idx;
    return idx % 2 === 0 ? 7 : 8;
  }
  return 8;
}

// parse_hh_mm_ss_ff over b[p .. end): [rv, h, m, s, us] (rv 0 ok, 1 text follows, < 0 error)
function py_dt_parse_hms(b, p, end) {
  var vals = [0, 0, 0], us = 0, hasSep = true, r, c;
  for (var i = 0; i < 3; i++) {
    r = py_dt_digits(b, p, 2);
    if (r === null) return [-3];
    vals[i] = r[0];
    p = r[1];
    c = p < b.length ? b[p] : '\0';
    p++;
    if (i === 0) hasSep = c === ':';
    if (p >= end) return [c !== '\0' ? 1 : 0, vals[0], vals[1], vals[2], 0];
    if (hasSep && c === ':') continue;
    if (c === '.' || c === ',') break;
    if (!hasSep) p--;
    else return [-4];
  }
  var n = Math.min(6, end - p);
  r = py_dt_digits(b, p, n);
  if (r === null) return [-3];
  us = r[0] * Math.pow(10, 6 - n);
  p = r[1];
  while (p < b.length && b[p] >= '0' && b[p] <= '9') p++;
  return [p < b.length ? 1 : 0, vals[0], vals[1], vals[2], us];
}

function py_dt_fromisoformat(kind, s) {
  if (typeof s !== 'string') throw py_err('TypeError', 'fromisoformat: argument must be str');
  var bad = function () { return py_err('ValueError', 'Invalid isoformat string: ' + py_repr(s)); };
  var b, ymd;
  if (kind === 'date') {
    b = py_dt_utf8(s);
    if (b === null || (b.length !== 7 && b.length !== 8 && b.length !== 10)) throw bad();
    ymd = py_dt_parse_date(b, b.length);
    if (ymd === null) throw bad();
    return py_dt_date(ymd[0], ymd[1], ymd[2]);
  }
  // _sanitize_isoformat_str: at least 7 characters; a non-ASCII separator at 7, 8 or 10 reads as 'T'
  var cps = Array.from(s);
  if (cps.length < 7) throw bad();
  var pos = [7, 8, 10];
  for (var i = 0; i < 3 && pos[i] <= cps.length; i++) {
    var ch = pos[i] < cps.length ? cps[pos[i]] : '';
    if (ch !== '' && ch.codePointAt(0) > 127) { cps[pos[i]] = 'T'; break; }
  }
  b = py_dt_utf8(cps.join(''));
  if (b === null) throw bad();
  var at = py_dt_sep_pos(b);
  if (at < 0) throw bad();
  ymd = py_dt_parse_date(b, at);
  if (ymd === null) throw bad();
  var t = [0, 0, 0, 0, 0];
  if (b.length > at) {
    var p = at + 1, end = b.length, tz = p;
    do {
      if (b[tz] === 'Z' || b[tz] === '+' || b[tz] === '-') break;
    } while (++tz < end);
    t = py_dt_parse_hms(b, p, tz);
    if (t[0] < 0) throw bad();
    if (tz >= end) {
      if (t[0] === 1) throw bad();
    } else {
      if (b[tz] === 'Z') {
        if (tz + 1 < b.length) throw bad();
      } else {
        var z = py_dt_parse_hms(b, tz + 1, end), sign = b[tz] === '-' ? -1 : 1;
        if (z[0] !== 0) throw bad();
        var off = BigInt(sign * ((z[1] * 60 + z[2]) * 60 + z[3])) * BigInt(1000000) + BigInt(sign * z[4]);
        if (off >= py_dt_bday() || off <= -py_dt_bday()) {
          throw py_err('ValueError', 'offset must be a timedelta strictly between -timedelta(hours=24) and ' +
            'timedelta(hours=24), not ' + py_dt_repr(py_dt_td_from_us(off)) + '.');
        }
      }
      py_dt_datetime(ymd[0], ymd[1], ymd[2], t[1], t[2], t[3], t[4]);    // its ValueError first
      throw py_err('TypeError', 'py2cs: time zones are not supported (CPython makes an aware datetime of an ISO string with an offset or Z)');
    }
  }
  return py_dt_datetime(ymd[0], ymd[1], ymd[2], t[1], t[2], t[3], t[4]);
}

// Python's \s (str.isspace) as a regex class: JavaScript's \s differs (\x1c-\x1f, \x85 and \ufeff)
var py_dt_WS = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

// datetime.strptime(s, fmt): CPython's _strptime with the directives strftime supports (C-locale names,
// case-insensitive); the other directives CPython knows raise a py2cs TypeError.
function py_dt_strptime(s, fmt) {
  if (typeof s !== 'string') throw py_err('TypeError', 'strptime() argument 1 must be str, not ' + py_dt_argtn(s));
  if (typeof fmt !== 'string') throw py_err('TypeError', 'strptime() argument 2 must be str, not ' + py_dt_argtn(fmt));
  var re = '', groups = [], i, names = false;
  var lower = function (xs) { return xs.map(function (n) { return n.toLowerCase(); }); };
  for (i = 0; i < fmt.length; i++) {
    var c = fmt[i];
    if (c !== '%') {
      if (new RegExp('^' + py_dt_WS + '$').test(c)) {
        while (i + 1 < fmt.length && new RegExp('^' + py_dt_WS + '$').test(fmt[i + 1])) i++;
        re += py_dt_WS + '+';
      } else {
        re += c.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
      }
      continue;
    }
    var d = fmt[++i];
    if (d === undefined) throw py_err('ValueError', "stray % in format '" + fmt + "'");
    if (d === '%') { re += '%'; continue; }
    var pat = {
      Y: '([0-9]{4})', y: '([0-9]{2})', m: '(1[0-2]|0[1-9]|[1-9])', d: '(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])',
      H: '(2[0-3]|[0-1][0-9]|[0-9])', I: '(1[0-2]|0[1-9]|[1-9])', M: '([0-5][0-9]|[0-9])', S: '(6[0-1]|[0-5][0-9]|[0-9])',
      f: '([0-9]{1,6})', j: '(36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]|[1-9][0-9]|0[1-9]|[1-9])',
      b: py_dt_alts(py_dt_MONTHS), B: py_dt_alts(py_dt_MONTHNAMES), a: py_dt_alts(py_dt_DAYS),
      A: py_dt_alts(py_dt_DAYNAMES), p: '(am|pm)'
    }[d];
    if (pat === undefined) {
      if ('cGUVwWuxXzZ'.indexOf(d) >= 0) {
        throw py_err('TypeError', 'py2cs: strptime directive %' + d + ' is not supported (supported: %Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %%)');
      }
      // CPython escapes regex characters and replaces whitespace first: then the directive reads as '\'
      var shown = /[.^$*+?(){}[\]|\\]/.test(d) || new RegExp('^' + py_dt_WS + '$').test(d) ? '%' : d;
      throw py_err('ValueError', "'" + shown + "' is a bad directive in format '" + fmt + "'");
    }
    if (groups.indexOf(d) >= 0) throw py_err('TypeError', 'py2cs: a directive repeated in a strptime format is not supported');
    if ('bBaAp'.indexOf(d) >= 0) names = true;
    groups.push(d);
    re += pat;
  }
  if (/[^\x00-\x7f]/.test(s)) {
    // \d matches any Unicode digit in CPython; case-insensitive names also match some non-ASCII letters
    if (names || /[^\x00-\x7f]/.test(fmt) || /\p{Nd}/u.test(s.replace(/[0-9]/g, ''))) {
      throw py_err('TypeError', 'py2cs: strptime of a string with non-ASCII digits or letters is not supported');
    }
  }
  var m = new RegExp('^(?:' + re + ')', 'i').exec(s);
  if (!m) throw py_err('ValueError', 'time data ' + py_repr(s) + ' does not match format ' + py_repr(fmt));
  if (m[0].length !== s.length) throw py_err('ValueError', 'unconverted data remains: ' + s.slice(m[0].length));
  var year = null, month = 1, day = 1, hour = 0, minute = 0, second = 0, us = 0, julian = null;
  var pi = groups.indexOf('p'), ampm = pi >= 0 ? m[pi + 1].toLowerCase() : '';
  for (i = 0; i < groups.length; i++) {
    var v = m[i + 1];
    switch (groups[i]) {
      case 'Y': year = +v; break;
      case 'y': year = +v; year += year <= 68 ? 2000 : 1900; break;
      case 'm': month = +v; break;
      case 'd': day = +v; break;
      case 'H': hour = +v; break;
      case 'I':
        hour = +v;
        if (ampm === 'pm') { if (hour !== 12) hour += 12; } else if (hour === 12) hour = 0;
        break;
      case 'M': minute = +v; break;
      case 'S': second = +v; break;
      case 'f': us = +(v + '000000'.slice(v.length)); break;
      case 'j': julian = +v; break;
      case 'b': month = lower(py_dt_MONTHS).indexOf(v.toLowerCase()) + 1; break;
      case 'B': month = lower(py_dt_MONTHNAMES).indexOf(v.toLowerCase()) + 1; break;
    }
  }
  if (year === null) year = 1900;   // (CPython computes Feb 29 in 1904, then puts 1900 back: the constructor refuses it)
  if (julian === null) {
    py_dt_checkymd(year === 1900 && month === 2 && day === 29 ? 1904 : year, month, day);
  } else {
    var ymd = py_dt_ord2ymd(py_dt_checkymd(year, 1, 1) + julian - 1);
    year = ymd[0]; month = ymd[1]; day = ymd[2];
  }
  return py_dt_datetime(year, month, day, hour, minute, second, us);
}

// a regex group of names, longest first (as CPython's __seqToRE)
function py_dt_alts(xs) {
  return '(' + xs.slice().sort(function (a, b) { return b.length - a.length; }).join('|') + ')';
}

// ---------------------------------------------------------------- operators

function py_dt_kindeq(a, b) {
  return a instanceof py_Dt && b instanceof py_Dt && a.k === b.k;
}

function py_dt_eq(a, b) {
  if (!py_dt_kindeq(a, b)) return false;
  return a.d === b.d && a.us === b.us;
}

function py_dt_cmp(a, b, op) {
  if (py_dt_kindeq(a, b)) return a.d !== b.d ? (a.d < b.d ? -1 : 1) : (a.us < b.us ? -1 : a.us > b.us ? 1 : 0);
  if (a instanceof py_Dt && b instanceof py_Dt && (a.k === 'date' || a.k === 'datetime') &&
      (b.k === 'date' || b.k === 'datetime')) {
    throw py_err('TypeError', "can't compare datetime.datetime to datetime.date");
  }
  throw py_err('TypeError', "'" + op + "' not supported between instances of '" + py_coll_tn(a) + "' and '" +
    py_coll_tn(b) + "'");
}

function py_dt_unsupported(op, a, b) {
  return py_err('TypeError', 'unsupported operand type(s) for ' + op + ": '" + py_coll_tn(a) + "' and '" +
    py_coll_tn(b) + "'");
}

function py_dt_istd(x) {
  return x instanceof py_Dt && x.k === 'timedelta';
}

function py_dt_isint(x) {
  return typeof x === 'boolean' || (typeof x === 'number' && py_isint(x));
}

function py_dt_isflt(x) {
  return x instanceof py_PyFloat || (typeof x === 'number' && !py_isint(x));
}

function py_dt_add(a0, b0) {
  var a = a0, b = b0;
  if (py_dt_istd(a) && py_dt_istd(b)) return py_dt_td_from_us(py_dt_td_us(a) + py_dt_td_us(b));
  if (py_dt_istd(a) && b instanceof py_Dt) { var t = a; a = b; b = t; }
  if (a instanceof py_Dt && a.k !== 'timedelta' && a.k !== 'time' && py_dt_istd(b)) {
    if (a.k === 'date') {
      var o = a.d + b.d;
      if (o < 1 || o > py_dt_MAXORD) throw py_err('OverflowError', 'date value out of range');
      return py_dt_mk('date', o, 0);
    }
    return py_dt_from_abs('datetime', py_dt_abs_us(a) + py_dt_td_us(b));
  }
  if (typeof a0 === 'string' || Array.isArray(a0)) {   // str, list and tuple concatenate only their own type
    throw py_err('TypeError', 'can only concatenate ' + py_coll_tn(a0) + ' (not "' + py_coll_tn(b0) + '") to ' + py_coll_tn(a0));
  }
  throw py_dt_unsupported('+', a0, b0);
}

function py_dt_sub(a, b) {
  if (py_dt_istd(b)) {
    if (py_dt_istd(a)) return py_dt_td_from_us(py_dt_td_us(a) - py_dt_td_us(b));
    if (a instanceof py_Dt && a.k !== 'time') {
      if (a.k === 'date') {
        var o = a.d - b.d;
        if (o < 1 || o > py_dt_MAXORD) throw py_err('OverflowError', 'date value out of range');
        return py_dt_mk('date', o, 0);
      }
      return py_dt_from_abs('datetime', py_dt_abs_us(a) - py_dt_td_us(b));
    }
  }
  if (py_dt_kindeq(a, b) && a.k !== 'timedelta' && a.k !== 'time') {
    return py_dt_td_from_us(py_dt_abs_us(a) - py_dt_abs_us(b));
  }
  throw py_dt_unsupported('-', a, b);
}

// float.as_integer_ratio as two BigInts (OverflowError / ValueError for inf / nan as CPython)
function py_dt_ratio(f) {
  if (f !== f) throw py_err('ValueError', 'cannot convert NaN to integer ratio');
  if (f === Infinity || f === -Infinity) throw py_err('OverflowError', 'cannot convert Infinity to integer ratio');
  var den = BigInt(1), two = BigInt(2);
  while (f % 1 !== 0) { f *= 2; den *= two; }
  return [BigInt(f), den];
}

// n / d for BigInts (d != 0), correctly rounded to a double as CPython's int / int
function py_dt_bigdiv(n, d) {
  var zero = BigInt(0), one = BigInt(1), neg = (n < zero) !== (d < zero);
  if (n < zero) n = -n;
  if (d < zero) d = -d;
  if (n === zero) return neg ? -0 : 0;   // 0 / -1 is -0.0
  var nu = Number(n), du = Number(d);
  if (nu <= 9007199254740992 && du <= 9007199254740992) return neg ? -(nu / du) : nu / du;   // both exact
  var shift = 55 - (n.toString(2).length - d.toString(2).length), N = n, D = d;
  if (shift >= 0) N = n << BigInt(shift); else D = d << BigInt(-shift);
  var q = N / D, rem = N % D, extra = q.toString(2).length - 53;
  var mask = (one << BigInt(extra)) - one, low = q & mask, half = one << BigInt(extra - 1);
  q = q >> BigInt(extra);
  if (low > half || (low === half && (rem !== zero || (q & one) === one))) q += one;
  var r = Number(q) * Math.pow(2, extra - shift);
  return neg ? -r : r;
}

// round(n / d) half to even, BigInts (d != 0)
function py_dt_divround(n, d) {
  if (d < BigInt(0)) { n = -n; d = -d; }
  var q = n / d, r = n % d;
  if (r < BigInt(0)) { q -= BigInt(1); r += d; }
  var r2 = r * BigInt(2);
  if (r2 > d || (r2 === d && q % BigInt(2) !== BigInt(0))) q += BigInt(1);
  return q;
}

function py_dt_floordiv_big(n, d) {
  var q = n / d;
  if ((n % d !== BigInt(0)) && ((n < BigInt(0)) !== (d < BigInt(0)))) q -= BigInt(1);
  return q;
}

function py_dt_bigint_result(q) {
  var n = Number(q);
  if (n > 9007199254740992 || n < -9007199254740992) {
    throw py_err('OverflowError', 'py2cs: integer result exceeds 2**53, which JavaScript cannot represent exactly');
  }
  return n;
}

function py_dt_mul(a0, b0) {
  var a = a0, b = b0;
  if (!py_dt_istd(a)) { var t = a; a = b; b = t; }
  if (py_dt_istd(a)) {
    if (py_dt_isint(b)) return py_dt_td_from_us(py_dt_td_us(a) * BigInt(py_numval(b === true ? 1 : b === false ? 0 : b)));
    if (py_dt_isflt(b)) {
      var r = py_dt_ratio(py_numval(b));
      return py_dt_td_from_us(py_dt_divround(py_dt_td_us(a) * r[0], r[1]));
    }
  }
  var seq = typeof a0 === 'string' || Array.isArray(a0) ? a0 : typeof b0 === 'string' || Array.isArray(b0) ? b0 : null;
  if (seq !== null) {
    throw py_err('TypeError', "can't multiply sequence by non-int of type '" + py_coll_tn(seq === a0 ? b0 : a0) + "'");
  }
  throw py_dt_unsupported('*', a0, b0);
}

function py_dt_truediv(a, b) {
  if (py_dt_istd(a)) {
    var u = py_dt_td_us(a);
    if (py_dt_istd(b)) {
      var v = py_dt_td_us(b);
      if (v === BigInt(0)) throw py_err('ZeroDivisionError', 'division by zero');
      return py_fbox(py_dt_bigdiv(u, v));
    }
    if (py_dt_isint(b)) {
      var n = BigInt(py_numval(b === true ? 1 : b === false ? 0 : b));
      if (n === BigInt(0)) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
      return py_dt_td_from_us(py_dt_divround(u, n));
    }
    if (py_dt_isflt(b)) {
      var r = py_dt_ratio(py_numval(b));
      if (r[0] === BigInt(0)) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
      return py_dt_td_from_us(py_dt_divround(u * r[1], r[0]));
    }
  }
  throw py_dt_unsupported('/', a, b);
}

function py_dt_floordiv(a, b) {
  if (py_dt_istd(a)) {
    var u = py_dt_td_us(a);
    if (py_dt_istd(b)) {
      var v = py_dt_td_us(b);
      if (v === BigInt(0)) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
      return py_dt_bigint_result(py_dt_floordiv_big(u, v));
    }
    if (py_dt_isint(b)) {
      var n = BigInt(py_numval(b === true ? 1 : b === false ? 0 : b));
      if (n === BigInt(0)) throw py_err('ZeroDivisionError', 'integer division or modulo by zero');
      return py_dt_td_from_us(py_dt_floordiv_big(u, n));
    }
  }
  throw py_dt_unsupported('//', a, b);
}

function py_dt_mod(a, b) {
  if (py_dt_istd(a) && py_dt_istd(b)) {
    var u = py_dt_td_us(a), v = py_dt_td_us(b);
    if (v === BigInt(0)) throw py_err('ZeroDivisionError', 'integer modulo by zero');
    return py_dt_td_from_us(u - py_dt_floordiv_big(u, v) * v);
  }
  throw py_dt_unsupported('%', a, b);
}

function py_dt_unary(op, x) {
  if (py_dt_istd(x)) {
    var u = py_dt_td_us(x);
    if (op === '-' || (op === 'abs' && u < BigInt(0))) return py_dt_td_from_us(-u);
    return x;
  }
  if (op === 'abs') throw py_err('TypeError', "bad operand type for abs(): '" + py_coll_tn(x) + "'");
  throw py_err('TypeError', "bad operand type for unary " + op + ": '" + py_coll_tn(x) + "'");
}

// The value Dash's server encoder (plotly's to_json_plotly) sends: date, datetime and time as isoformat()
function py_dt_json(x) {
  if (x.k === 'timedelta') throw py_err('TypeError', 'Object of type timedelta is not JSON serializable');
  return py_dt_isoformat(x);
}

// ---------------------------------------------------------------- the generic helpers, taught about dates

// Each py_dthook_X wraps the helper py_X when the bundle loads, so that it knows py_Dt values. py2cs/runtime.py
// ships a hook exactly when the bundle has both py_X and py_Dt: an app without dates ships none of this, and
// an app with dates only the hooks of the helpers it has.
var py_dthook_typename = (function (base) {
  py_typename = function (x) { return x instanceof py_Dt ? 'datetime.' + x.k : base(x); };
  return base;
})(py_typename);

var py_dthook_eq = (function (base) {
  py_eq = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_eq(a, b) : base(a, b); };
  return base;
})(py_eq);

var py_dthook_cmp = (function (base) {
  py_cmp = function (a, b, op) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_cmp(a, b, op) : base(a, b, op); };
  return base;
})(py_cmp);

// Dates as dict keys and set elements: Maps compare objects by identity, so a date is replaced by the one
// canonical py_Dt of its value (py_DT_KEYS: kind, ordinal and microseconds -> that object), as py_tkey does for
// tuples. A date never equals a datetime (CPython 3), so the kind is part of the value. Dates are never
// changed, so one object can stand for all equal ones; `is` between key dates is refused (see py_is).
var py_DT_KEYS = new Map();

var py_dthook_key = (function (base) {
  py_key = function (k) {
    if (k instanceof py_Dt) {
      if (k.py_dk !== undefined) return k;
      if (k.f !== 0) {
        throw py_err('TypeError', 'py2cs: a datetime with fold=1 (a repeated hour of the clock) as a dict key or set element is not supported');
      }
      var t = k.k + ':' + k.d + ':' + k.us, c = py_DT_KEYS.get(t);
      if (c === undefined) {
        Object.defineProperty(k, 'py_dk', {value: t});
        py_DT_KEYS.set(t, c = k);
      }
      return c;
    }
    return base(k);
  };
  return base;
})(py_key);

var py_dthook_bool = (function (base) {
  py_bool = function (x) { return x instanceof py_Dt ? (x.k !== 'timedelta' || x.d !== 0 || x.us !== 0) : base(x); };
  return base;
})(py_bool);

var py_dthook_str = (function (base) {
  py_str = function (x) {
    return x instanceof py_Dt ? py_dt_str(x) : (Array.isArray(x) && x.py_isocal === true) ? py_dt_isocal_repr(x) : base(x);
  };
  return base;
})(py_str);

var py_dthook_repr = (function (base) {
  py_repr = function (x) {
    return x instanceof py_Dt ? py_dt_repr(x) : (Array.isArray(x) && x.py_isocal === true) ? py_dt_isocal_repr(x) : base(x);
  };
  return base;
})(py_repr);

// type(d.isocalendar()).__name__
var py_dthook_type_name = (function (base) {
  py_type_name = function (x) { return (Array.isArray(x) && x.py_isocal === true) ? 'IsoCalendarDate' : base(x); };
  return base;
})(py_type_name);

function py_dt_isocal_repr(x) {
  return 'datetime.IsoCalendarDate(year=' + x[0] + ', week=' + x[1] + ', weekday=' + x[2] + ')';
}

var py_dthook_format = (function (base) {
  py_format = function (v, spec, isFloat) { return v instanceof py_Dt ? py_dt_format(v, spec) : base(v, spec, isFloat); };
  return base;
})(py_format);

// the value Dash receives: a date as its isoformat() (plotly's to_json_plotly), a timedelta raises
var py_dthook_to_js_rec = (function (base) {
  py_to_js_rec = function (x) { return x instanceof py_Dt ? py_dt_json(x) : base(x); };
  return base;
})(py_to_js_rec);

// json.dumps names the class as type(o).__name__ ('date'), where the generic message has 'datetime.date'
var py_dthook_json_dumps = (function (base) {
  py_json_dumps = function (obj, indent, sortKeys, ensureAscii, separators) {
    try {
      return base(obj, indent, sortKeys, ensureAscii, separators);
    } catch (e) {
      var m = e && e.py_type === 'TypeError' && /^Object of type datetime\.(\w+) is not JSON serializable$/.exec(py_exc_str(e));
      if (m) throw py_err('TypeError', 'Object of type ' + m[1] + ' is not JSON serializable');
      throw e;
    }
  };
  return base;
})(py_json_dumps);

var py_dthook_add = (function (base) {
  py_add = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_add(a, b) : base(a, b); };
  return base;
})(py_add);

var py_dthook_iadd = (function (base) {
  py_iadd = function (a, b) {
    // list += x extends the list (its TypeError names x as not iterable)
    var list = Array.isArray(a) && a.__py_tuple__ !== true;
    if (list || !(a instanceof py_Dt || b instanceof py_Dt)) return base(a, b);
    try {
      return py_dt_add(a, b);
    } catch (e) {
      throw py_aug_err(e, '+');
    }
  };
  return base;
})(py_iadd);

var py_dthook_sub = (function (base) {
  py_sub = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_sub(a, b) : base(a, b); };
  return base;
})(py_sub);

var py_dthook_mul = (function (base) {
  py_mul = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_mul(a, b) : base(a, b); };
  return base;
})(py_mul);

// `/` in a module that uses datetime (lower/expr.py): a timedelta, or a float boxed as its static type is unknown
function py_dt_div(a, b) {
  return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_truediv(a, b) : py_fbox(py_truediv(a, b));
}

// py_truediv and py_mulf return a float where the compiler typed them so: that happens only in code from a module
// that does not import datetime (one that does uses py_dt_div and py_mul), where a timedelta result cannot be kept
function py_dt_untyped(a, b) {
  return py_err('TypeError', "py2cs: a date or timedelta reached arithmetic compiled without datetime ('" +
    py_coll_tn(a) + "' and '" + py_coll_tn(b) + "'); import datetime in the module of that function");
}

var py_dthook_truediv = (function (base) {
  py_truediv = function (a, b) { if (a instanceof py_Dt || b instanceof py_Dt) throw py_dt_untyped(a, b); return base(a, b); };
  return base;
})(py_truediv);

var py_dthook_mulf = (function (base) {
  py_mulf = function (a, b) { if (a instanceof py_Dt || b instanceof py_Dt) throw py_dt_untyped(a, b); return base(a, b); };
  return base;
})(py_mulf);

var py_dthook_floordiv = (function (base) {
  py_floordiv = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_floordiv(a, b) : base(a, b); };
  return base;
})(py_floordiv);

var py_dthook_mod = (function (base) {
  py_mod = function (a, b) { return (a instanceof py_Dt || b instanceof py_Dt) ? py_dt_mod(a, b) : base(a, b); };
  return base;
})(py_mod);

var py_dthook_divmod = (function (base) {
  py_divmod = function (a, b) {
    if (a instanceof py_Dt || b instanceof py_Dt) {
      if (py_dt_istd(a) && py_dt_istd(b)) return py_tuple([py_dt_floordiv(a, b), py_dt_mod(a, b)]);
      throw py_err('TypeError', "unsupported operand type(s) for divmod(): '" + py_coll_tn(a) + "' and '" + py_coll_tn(b) + "'");
    }
    return base(a, b);
  };
  return base;
})(py_divmod);

var py_dthook_neg = (function (base) {
  py_neg = function (x) { return x instanceof py_Dt ? py_dt_unary('-', x) : base(x); };
  return base;
})(py_neg);

var py_dthook_pos = (function (base) {
  py_pos = function (x) { return x instanceof py_Dt ? py_dt_unary('+', x) : base(x); };
  return base;
})(py_pos);

var py_dthook_abs = (function (base) {
  py_abs = function (x) { return x instanceof py_Dt ? py_dt_unary('abs', x) : base(x); };
  return base;
})(py_abs);

// ---------------------------------------------------------------- calendar (Lib/calendar.py of CPython 3.11)

// calendar.isleap(year): year % 4 == 0 and (year % 100 != 0 or year % 400 == 0), with Python's % and ==
function py_cal_isleap(y) {
  return py_eq(py_mod(y, 4), 0) && (!py_eq(py_mod(y, 100), 0) || py_eq(py_mod(y, 400), 0));
}

// calendar.monthrange(year, month): (weekday of the 1st, 0 = Monday; days in the month)
function py_cal_monthrange(y, m) {
  if (!(py_le(1, m) && py_le(m, 12))) {
    // IllegalMonthError(month): its one argument the month (e.args, repr), its __str__ the message
    var e = py_err('IllegalMonthError', m);
    e.py_strv = e.message = 'bad month number ' + py_repr(m) + '; must be 1-12';
    throw e;
  }
  var wy = (py_le(1, y) && py_le(y, 9999)) ? y : py_add(2000, py_mod(y, 400));   // calendar.weekday's year
  var day1 = (py_dt_date(wy, m, 1).d + 6) % 7;
  var mm = +m;       // an int or a bool here (date() took it)
  return py_tuple([day1, [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm] + (mm === 2 && py_cal_isleap(y) ? 1 : 0)]);
}

// calendar.month_name / month_abbr / day_name / day_abbr indexed (or sliced): the C locale's English names, as
// strftime's %B %b %A %a give them here (CPython's follow the server's LC_TIME, the C locale unless set)
var py_CAL_NAMES = {
  month_name: ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'],
  month_abbr: ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  day_name: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  day_abbr: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
};
