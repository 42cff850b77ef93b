# Failure classes seen with /tmp/nl-n2 (see report.md); key (case, gold text) -> class.
NAMES = {
    "T1": "tense: irregular/short past verb is no past cue (hit, cut, put, set, shut, died, sued, proposed)",
    "T2": "tense: modal verb or a verb of another clause decides (may/could/should; 'said that on 1 May X would')",
    "T3": "tense: present-simple scheduled future ('strike on Monday', 'said the plant closes in August')",
    "T4": "tense: possessive weekday always past ('Ahead of Thursday's summit')",
    "R1": "anchored offset with short unit read as duration ('three days later', 'in ten days' time')",
    "R2": "'N years later' / 'a year earlier' counted from publication date, not the story's date",
    "R3": "'the day before/after', 'the year before', 'a month earlier' not tagged",
    "R4": "cascade: anaphor anchored on an older date because the nearer one was missed",
    "K":  "clock time anchored to the previous/publication day, not the day named after it; bare 24h '0530'",
    "H":  "holiday missing (Easter family, Boxing Day, St Patrick's, Valentine's)",
    "Y":  "split-year / fiscal ranges ('2006-07' read as July 2006; '2013-14', '2014/15', 'FY2004' missed)",
    "O":  "bare ordinal day 'the 15th' not tagged",
    "M":  "abbreviated month without period ('Nov 4', 'Oct 12')",
    "X":  "misc (false 'Winter fuel', split 'Christmas Eve last year', 'final quarter', 'first week of August')",
    "E":  "event phrase wrong although the date is right",
}
CLS = {}
def _add(c, *keys):
    for k in keys:
        CLS[k] = c
_add("T1", ("c09","Friday"), ("c29","March"), ("c63","Thursday"), ("c64","Friday"), ("c65","March"),
     ("c66","Friday"), ("c88","December"), ("c88","January"), ("c120","November"), ("c120","December"),
     ("c122","Thursday"), ("c123","Friday"))
_add("T2", ("c40","August"), ("c67","Monday"), ("c68","December"), ("c68","Friday"), ("c87","June 23"),
     ("c107","Wednesday"), ("e20","1 May"))
_add("T3", ("c69","August"), ("c69","Thursday"), ("c100","Q4"), ("c104","Monday"), ("c108","January"),
     ("c108","August"), ("c121","April"))
_add("T4", ("c50","Monday"), ("c86","Thursday"), ("c86","Friday"), ("c106","Sunday"), ("c106","Saturday"))
_add("R1", ("c08","three days later"), ("c33","ten days' time"), ("c48","two days earlier"),
     ("c60","Two days later"), ("c82","Six months later"), ("c83","two weeks' time"), ("c113","a week later"))
_add("R2", ("c34","a year earlier"), ("c113","Five years later"))
_add("R3", ("c09","The day before"), ("c49","the year before"), ("c84","the day after"),
     ("c85","a month earlier"), ("c114","The day before"))
_add("R4", ("c08","the following day"))
_add("K", ("c16","10 a.m."), ("c47","9pm"), ("c57","7.30pm"), ("c72","0600 GMT"), ("c72","11pm"),
     ("c73","7am"), ("c73","9.15am"), ("c109","0530"), ("c109","2.47am"), ("c133","11:45"))
_add("H", ("c15","Last Easter"), ("c16","Easter"), ("c75","Boxing Day"), ("c76","Last Easter"),
     ("c77","Easter"), ("c115","St Patrick's Day"), ("c115","Easter"), ("c116","Valentine's Day"))
_add("Y", ("c14","2006-07 financial year"), ("c14","FY2004"), ("c78","2013-14"), ("c78","2014/15"),
     ("c78","1998-99"), ("c111","2017-18"), ("c111","2016/17"))
_add("O", ("c13","the 15th"), ("c39","the 15th"), ("c79","the 25th"), ("c79","the 2nd"), ("c112","the 28th"))
_add("M", ("c17","Nov 4"), ("c110","Oct 12"))
_add("X", ("c13","Winter"), ("c45","last year"), ("c98","the final quarter of the year"),
     ("c131","The first week of August"))
_add("E", ("c35","Sept. 11, 2001"), ("c36","this Friday"), ("c103","July 7, 2005"), ("e06","2005"))
