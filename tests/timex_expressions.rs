//! Table-driven test of the temporal tagger: hand-written sentences (not from any corpus), each
//! with the expression that must be found, its TIMEX3 type and its value against the date.

use chrono::NaiveDate;
use newslens::analysis::find_dates as find;
use newslens::analysis::TimexKind::{self, Date as D, Duration as P, Set as S, Time as T};

/// (sentence, publication date, expected text, type, value)
type Case = (&'static str, &'static str, &'static str, TimexKind, &'static str);

/// Publication date of most cases: Thursday 20 November 2025 (ISO week 47).
const N: &str = "2025-11-20";

const CASES: &[Case] = &[
    // Absolute dates in their common forms.
    ("The treaty was signed on March 3, 2024, in Geneva.", N, "March 3, 2024", D, "2024-03-03"),
    ("The treaty was signed on 3 March 2024 in Geneva.", N, "3 March 2024", D, "2024-03-03"),
    ("The law took effect on 2024-03-03.", N, "2024-03-03", D, "2024-03-03"),
    ("Sales slumped in March 2024.", N, "March 2024", D, "2024-03"),
    ("Sales slumped in March of 2024.", N, "March of 2024", D, "2024-03"),
    ("The band was formed in 2019.", N, "2019", D, "2019"),
    ("Rates were higher in the 1990s.", N, "the 1990s", D, "199"),
    ("Housing boomed in the 1980s and crashed.", N, "the 1980s", D, "198"),
    ("Growth returned in the early 1990s.", N, "the early 1990s", D, "199"),
    ("Unemployment rose in the mid-1970s.", N, "the mid-1970s", D, "197"),
    ("Profits rose in fiscal 1998.", N, "fiscal 1998", D, "1998"),
    ("Revenue fell in fiscal year 2023.", N, "fiscal year 2023", D, "2023"),
    ("The firm beat forecasts in Q3.", N, "Q3", D, "2025-Q3"),
    ("Earnings for the third quarter rose 5%.", N, "the third quarter", D, "2025-Q3"),
    ("Third-quarter earnings rose 5%.", N, "Third-quarter", D, "2025-Q3"),
    (
        "Losses widened in the fourth quarter of 2022.",
        N,
        "the fourth quarter of 2022",
        D,
        "2022-Q4",
    ),
    ("Output grew in the first half of 2024.", N, "the first half of 2024", D, "2024-H1"),
    ("The bridge opened on Sept. 30, 1998.", N, "Sept. 30, 1998", D, "1998-09-30"),
    ("The deal closed on Aug. 7.", N, "Aug. 7", D, "2025-08-07"),
    ("Voting ends on Dec. 15.", N, "Dec. 15", D, "2025-12-15"),
    ("The company went public on 12/01/2020.", N, "12/01/2020", D, "2020-12-01"),
    ("The archive dates from 1901.", N, "1901", D, "1901"),
    ("The shop reopened on Monday, Oct. 27.", N, "Monday, Oct. 27", D, "2025-10-27"),
    ("Results are due on Friday, December 5.", N, "Friday, December 5", D, "2025-12-05"),
    ("The ceasefire began on the 3rd of June.", N, "3rd of June", D, "2025-06-03"),
    ("The fair runs until January 10.", N, "January 10", D, "2026-01-10"),
    ("The storm hit on Nov. 2, killing four.", N, "Nov. 2", D, "2025-11-02"),
    ("The Fed meets on Dec. 9-10.", N, "Dec. 9-10", D, "2025-12-09"),
    ("Rates may fall in December after inflation cooled in October.", N, "October", D, "2025-10"),
    ("The museum closed in 1968.", N, "1968", D, "1968"),
    ("Critics recalled the winter of 2021.", N, "the winter of 2021", D, "2021-WI"),
    ("It was the worst crisis of the 20th century.", N, "the 20th century", D, "19"),
    ("Records date from nineteen ninety-six.", N, "nineteen ninety-six", D, "1996"),
    ("Prices collapsed in the nineties.", N, "the nineties", D, "199"),
    ("The strike began in May 2023.", N, "May 2023", D, "2023-05"),
    ("The vote is set for May 4.", N, "May 4", D, "2026-05-04"),
    // Weekdays by tense.
    ("The delegation landed in Kyiv on Wednesday.", N, "Wednesday", D, "2025-11-19"),
    ("The ministers will meet on Friday.", N, "Friday", D, "2025-11-21"),
    ("The minister resigned on Monday.", N, "Monday", D, "2025-11-17"),
    ("The court will rule on Monday.", N, "Monday", D, "2025-11-24"),
    ("Protesters gathered Sunday outside parliament.", N, "Sunday", D, "2025-11-16"),
    ("The summit opens Saturday in Rome.", N, "Saturday", D, "2025-11-22"),
    ("Officials said Thursday that the talks had failed.", N, "Thursday", D, "2025-11-20"),
    ("The council is expected to vote on Tuesday.", N, "Tuesday", D, "2025-11-25"),
    ("She spoke to reporters last Friday.", N, "last Friday", D, "2025-11-14"),
    ("The report is due next Tuesday.", N, "next Tuesday", D, "2025-11-25"),
    ("Police made two arrests on Tuesday night.", N, "Tuesday night", T, "2025-11-18TNI"),
    ("Fighting resumed Wednesday morning.", N, "Wednesday morning", T, "2025-11-19TMO"),
    ("Markets rallied on Friday afternoon.", "2025-11-24", "Friday afternoon", T, "2025-11-21TAF"),
    // A weekday's "earlier"/"late" stays outside the extent; the tense still reads it.
    ("Earlier Tuesday, the rebels shelled the port.", N, "Tuesday", D, "2025-11-18"),
    ("The vote was held late Monday in the capital.", N, "Monday", D, "2025-11-17"),
    ("The ferry sank early Sunday morning.", N, "Sunday morning", T, "2025-11-16TMO"),
    // Months by tense.
    ("The two leaders met in August.", N, "August", D, "2025-08"),
    ("The leaders will meet again in February.", N, "February", D, "2026-02"),
    ("Exports fell in December.", N, "December", D, "2024-12"),
    ("The elections are planned for April.", N, "April", D, "2026-04"),
    ("The plant shut down last April.", N, "last April", D, "2025-04"),
    ("Inflation eased in October.", N, "October", D, "2025-10"),
    ("The merger is expected to close in January.", N, "January", D, "2026-01"),
    ("The talks began in mid-October.", N, "mid-October", D, "2025-10"),
    ("Repairs continued into late September.", N, "late September", D, "2025-09"),
    ("The plan was unveiled in early June.", N, "early June", D, "2025-06"),
    ("The law passed in July last year.", N, "July last year", D, "2024-07"),
    ("The program starts in March next year.", N, "March next year", D, "2026-03"),
    // Relative dates.
    ("The minister resigned yesterday.", N, "yesterday", D, "2025-11-19"),
    ("The minister resigns today.", N, "today", D, "2025-11-20"),
    ("Talks resume tomorrow.", N, "tomorrow", D, "2025-11-21"),
    ("Shares fell sharply last week.", N, "last week", D, "2025-W46"),
    ("Ministers meet this week.", N, "this week", D, "2025-W47"),
    ("Ministers meet next week.", N, "next week", D, "2025-W48"),
    ("Rents will rise next month.", N, "next month", D, "2025-12"),
    ("Rents rose last month.", N, "last month", D, "2025-10"),
    ("Rents rose this month.", N, "this month", D, "2025-11"),
    ("The firm lost money last year.", N, "last year", D, "2024"),
    ("The firm expects a profit this year.", N, "this year", D, "2025"),
    ("The firm expects a profit next year.", N, "next year", D, "2026"),
    ("The rebels attacked two days ago.", N, "two days ago", D, "2025-11-18"),
    ("The mine closed three years ago.", N, "three years ago", D, "2022"),
    ("The dam was built a decade ago.", N, "a decade ago", D, "2015"),
    ("The plan was drafted five months ago.", N, "five months ago", D, "2025-06"),
    ("The firm was sold 10 days ago.", N, "10 days ago", D, "2025-11-10"),
    ("The unit was created nearly two years ago.", N, "nearly two years ago", D, "2023"),
    ("The talks began two weeks ago.", N, "two weeks ago", D, "2025-W45"),
    ("A similar law passed earlier this year.", N, "earlier this year", D, "2025"),
    ("A vote is planned later this month.", N, "later this month", D, "2025-11"),
    ("The plant opens early next year.", N, "early next year", D, "2026"),
    ("Sales dipped late last year.", N, "late last year", D, "2024"),
    ("The deal could close by the end of the year.", N, "the end of the year", D, "2025"),
    ("Talks resumed over the weekend.", N, "the weekend", D, "2025-W46-WE"),
    ("Fans will gather this weekend.", N, "this weekend", D, "2025-W47-WE"),
    ("Investors will worry about the weekend vote.", N, "the weekend", D, "2025-W47-WE"),
    ("The storm hit last night.", N, "last night", T, "2025-11-19TNI"),
    ("The minister spoke this morning.", N, "this morning", T, "2025-11-20TMO"),
    ("Results are due this afternoon.", N, "this afternoon", T, "2025-11-20TAF"),
    ("The team flies out tonight.", N, "tonight", T, "2025-11-20TNI"),
    ("The crops failed this summer.", N, "this summer", D, "2025-SU"),
    ("Work resumes next spring.", N, "next spring", D, "2026-SP"),
    ("The fires started last summer.", N, "last summer", D, "2025-SU"),
    ("The fires started last summer.", "2025-07-10", "last summer", D, "2024-SU"),
    ("The firm rebounded a year earlier.", N, "a year earlier", D, "2024"),
    ("The price rose from a year ago.", N, "a year ago", D, "2024"),
    (
        "Prices fell in the year-earlier quarter while the third quarter rose.",
        N,
        "the third quarter",
        D,
        "2025-Q3",
    ),
    ("The deal should close around Dec. 1.", N, "around Dec. 1", D, "2025-12-01"),
    ("Profits fell in the last half of 2024.", N, "the last half of 2024", D, "2024-H2"),
    ("Repairs take two to three weeks.", N, "two to three weeks", P, "P2W"),
    ("The plant opens sometime next year.", N, "sometime next year", D, "2026"),
    // Undated references.
    ("Talks are under way right now.", N, "now", D, "PRESENT_REF"),
    ("Prices have fallen recently.", N, "recently", D, "PAST_REF"),
    ("A recent survey found support.", N, "recent", D, "PAST_REF"),
    ("The party is now in opposition.", N, "now", D, "PRESENT_REF"),
    ("The party currently leads the polls.", N, "currently", D, "PRESENT_REF"),
    ("Nobody knows what the future holds.", N, "the future", D, "FUTURE_REF"),
    ("A deal could come soon.", N, "soon", D, "FUTURE_REF"),
    ("The law changed in the past, officials said.", N, "the past", D, "PAST_REF"),
    ("No change is likely in the near future.", N, "the near future", D, "FUTURE_REF"),
    ("Rates have risen in recent years.", N, "recent years", D, "PAST_REF"),
    ("Many people work from home these days.", N, "these days", D, "PRESENT_REF"),
    // Durations.
    ("The war has lasted three years.", N, "three years", P, "P3Y"),
    ("The strike lasted two weeks.", N, "two weeks", P, "P2W"),
    ("He spent six months in prison.", N, "six months", P, "P6M"),
    ("The power was out for 24 hours.", N, "24 hours", P, "PT24H"),
    ("The project took a decade.", N, "a decade", P, "P10Y"),
    ("The case dragged on for several years.", N, "several years", P, "PXY"),
    ("Rain fell over the past 24 hours.", N, "the past 24 hours", P, "PT24H"),
    ("Sales rose 4% in the past two years.", N, "the past two years", P, "P2Y"),
    ("Shares will be sold over the next three months.", N, "the next three months", P, "P3M"),
    ("Exports rose in the first nine months.", N, "the first nine months", P, "P9M"),
    ("The meeting lasted 90 minutes.", N, "90 minutes", P, "PT90M"),
    ("He was held for 2 1/2 years.", N, "2 1/2 years", P, "P2Y6M"),
    ("The storm lasted a day and a half.", N, "a day and a half", P, "P1DT12H"),
    ("Talks went on for a few days.", N, "a few days", P, "PXD"),
    ("He signed a five-year contract.", N, "five-year", P, "P5Y"),
    ("A 24-hour strike halted trains.", N, "24-hour", P, "PT24H"),
    ("The two-week truce held.", N, "two-week", P, "P2W"),
    ("The siege lasted more than four months.", N, "more than four months", P, "P4M"),
    ("The rescue took at least 72 hours.", N, "at least 72 hours", P, "PT72H"),
    ("The probe could take up to 180 days.", N, "up to 180 days", P, "P180D"),
    ("Negotiations have dragged on for years.", N, "years", P, "PXY"),
    ("The program ran for about a decade.", N, "a decade", P, "P10Y"),
    ("The pilots rested for about nine hours.", N, "nine hours", P, "PT9H"),
    ("The mill closed about three years ago.", N, "about three years ago", D, "2022"),
    ("The loan runs for a couple of years.", N, "a couple of years", P, "P2Y"),
    ("Troops will stay for two more weeks.", N, "two more weeks", P, "P2W"),
    ("The tunnel took twenty-five years to dig.", N, "twenty-five years", P, "P25Y"),
    ("Talks stalled in recent weeks.", N, "recent weeks", P, "PXW"),
    ("Prices may fall further in the months ahead.", N, "the months ahead", P, "PXM"),
    ("Exports rose over the past year.", N, "the past year", P, "P1Y"),
    ("The hearing lasted 45 seconds.", N, "45 seconds", P, "PT45S"),
    ("The flight was delayed by three hours.", N, "three hours", P, "PT3H"),
    ("The dynasty ruled for two centuries.", N, "two centuries", P, "P200Y"),
    ("It has been a decades-long dispute.", N, "decades-long", P, "PXY"),
    // Times.
    ("The blast happened at 10 a.m.", N, "10 a.m.", T, "2025-11-20T10:00"),
    ("The session opens at 9:30 a.m. today.", N, "9:30 a.m. today", T, "2025-11-20T09:30"),
    ("The vote closed at 8 p.m.", N, "8 p.m.", T, "2025-11-20T20:00"),
    ("The rally began at noon.", N, "noon", T, "2025-11-20T12:00"),
    ("The curfew starts at midnight.", N, "midnight", T, "2025-11-20T24:00"),
    ("The polls opened at 7 o'clock.", N, "7 o'clock", T, "2025-11-20T07:00"),
    ("The attack began at 10 p.m. Wednesday.", N, "10 p.m. Wednesday", T, "2025-11-19T22:00"),
    ("The deadline is noon Friday.", N, "noon Friday", T, "2025-11-21T12:00"),
    ("The shots rang out at 12:15 p.m.", N, "12:15 p.m.", T, "2025-11-20T12:15"),
    ("The market closed at 4 p.m. EST.", N, "4 p.m. EST", T, "2025-11-20T16:00"),
    ("The results come out at 3pm.", N, "3pm", T, "2025-11-20T15:00"),
    ("Doors open at 7.30pm tonight.", N, "7.30pm", T, "2025-11-20T19:30"),
    ("The polls close at 22:00 GMT.", N, "22:00 GMT", T, "2025-11-20T22:00"),
    ("The envoy left the next day.", N, "the next day", D, "2025-11-21"),
    // Sets.
    ("The council meets every Monday.", N, "every Monday", S, "XXXX-WXX-1"),
    ("The paper is printed daily.", N, "daily", S, "P1D"),
    ("The index is updated weekly.", N, "weekly", S, "P1W"),
    ("Figures are published monthly.", N, "monthly", S, "P1M"),
    ("The fee is charged annually.", N, "annually", S, "P1Y"),
    ("The festival is held each year.", N, "each year", S, "P1Y"),
    ("The buses run every day.", N, "every day", S, "P1D"),
    ("Inspections take place every two weeks.", N, "every two weeks", S, "P2W"),
    ("Talks are held every other month.", N, "every other month", S, "P2M"),
    ("The market is held each July.", N, "each July", S, "XXXX-07"),
    ("He swims twice a week.", N, "a week", S, "P1W"),
    ("The choir rehearses on Tuesdays.", N, "Tuesdays", S, "XXXX-WXX-2"),
    ("The guards patrol every night.", N, "every night", S, "XXXX-XX-XXTNI"),
    ("Interest is paid per year.", N, "per year", S, "P1Y"),
    ("The plant is checked hourly.", N, "hourly", S, "PT1H"),
    // Holidays and other anchors.
    ("The boy was found on Thanksgiving Day.", N, "Thanksgiving Day", D, "2024-11-28"),
    ("Shops will close on Christmas Day.", N, "Christmas Day", D, "2025-12-25"),
    ("Crowds gathered on New Year's Eve.", N, "New Year's Eve", D, "2024-12-31"),
    ("Shoppers queued on Boxing Day.", N, "Boxing Day", D, "2024-12-26"),
    ("Florists are busy before Valentine's Day.", N, "Valentine's Day", D, "2026-02-14"),
    ("The parade was held on St Patrick's Day.", N, "St Patrick's Day", D, "2025-03-17"),
    ("Wreaths were laid on Remembrance Day.", N, "Remembrance Day", D, "2025-11-11"),
    ("Fireworks went off on Bonfire Night.", N, "Bonfire Night", D, "2025-11-05"),
    // Years written with the next one: the first year.
    ("Profits fell in the 2006-07 financial year.", N, "2006-07", D, "2006"),
    ("The club won the title in the 2013-14 season.", N, "2013-14", D, "2013"),
    ("The budget for 2014/15 was cut.", N, "2014/15", D, "2014"),
    ("Sales rose in FY2004.", N, "FY2004", D, "2004"),
    ("Output was measured in 2006-03.", N, "2006-03", D, "2006-03"),
    // A day of the month the story is in.
    ("The strike began on 3 June. By the 15th, 40 ports were shut.", N, "the 15th", D, "2025-06-15"),
    ("Parliament returns on the 25th, when the budget is due.", N, "the 25th", D, "2025-11-25"),
    // Other publication dates.
    ("The company said Friday it would cut jobs.", "1998-08-14", "Friday", D, "1998-08-14"),
    ("Net income rose in the third quarter.", "1989-10-26", "the third quarter", D, "1989-Q3"),
    ("The bank was founded in 1907.", "1998-02-06", "1907", D, "1907"),
    ("Ministers met last week.", "2000-01-03", "last week", D, "1999-W52"),
    ("The rebels attacked yesterday.", "2024-03-01", "yesterday", D, "2024-02-29"),
    ("The talks resumed last month.", "2024-01-15", "last month", D, "2023-12"),
    ("The report is due next month.", "2023-12-05", "next month", D, "2024-01"),
    ("The ferry sank on Sunday.", "1998-03-02", "Sunday", D, "1998-03-01"),
    ("The board will meet Monday.", "1998-03-06", "Monday", D, "1998-03-09"),
    ("The plant closed in December.", "1999-01-10", "December", D, "1998-12"),
    ("Shares fell 3% yesterday.", "1989-11-01", "yesterday", D, "1989-10-31"),
    // Anaphoric expressions count from the last date the text named (the reference time).
    (
        "The dam burst on June 3, 2021, and rescuers arrived the next day.",
        N,
        "the next day",
        D,
        "2021-06-04",
    ),
    (
        "The firm was founded in 1995 and listed the following year.",
        N,
        "the following year",
        D,
        "1996",
    ),
    (
        "Talks broke down in March 2020 and resumed the following month.",
        N,
        "the following month",
        D,
        "2020-04",
    ),
    // TimeML: "two days later" is the duration "two days" and the signal "later".
    ("The truce began on May 8, 2022. Two days later the shelling resumed.", N, "Two days", P, "P2D"),
    ("A week earlier, talks had stalled.", N, "A week", P, "P1W"),
    (
        "The bank failed on Oct. 2, 2008, and that same day stocks fell.",
        N,
        "that same day",
        D,
        "2008-10-02",
    ),
    (
        "Police came on Jan. 5, 2010; earlier that day a fire had started.",
        N,
        "earlier that day",
        D,
        "2010-01-05",
    ),
    ("He joined the party in 2001 and quit later that year.", N, "later that year", D, "2001"),
    (
        "The envoy landed on March 3, 2011, and met the rebels later in the day.",
        N,
        "later in the day",
        D,
        "2011-03-03",
    ),
    (
        "The strike ended on April 12, 2019, after talks the previous Monday.",
        N,
        "the previous Monday",
        D,
        "2019-04-08",
    ),
    (
        "The trial opened on Feb. 2, 2015, and the jury visited the site the next morning.",
        N,
        "the next morning",
        T,
        "2015-02-03TMO",
    ),
    (
        "The storm hit in August 1992; the previous year had been calm.",
        N,
        "the previous year",
        D,
        "1991",
    ),
    (
        "The bomb went off on July 7, 2005. Police arrived at 10:15 a.m.",
        N,
        "10:15 a.m.",
        T,
        "2005-07-07T10:15",
    ),
    ("The minister resigned that day.", N, "that day", D, "2025-11-20"),
    ("Rain is expected over the next week.", N, "the next week", P, "P1W"),
    // Tense: "next to" is a place, a past perfect looks back from "by", a fronted date takes
    // the tense of the clause after the comma.
    ("A bomb destroyed the office next to the embassy on Friday.", N, "Friday", D, "2025-11-14"),
    ("Ten countries had filed their reports by Wednesday.", N, "Wednesday", D, "2025-11-19"),
    ("Bids must arrive by Wednesday.", N, "Wednesday", D, "2025-11-26"),
    ("On Sunday, the police said the suspect had fled.", N, "Sunday", D, "2025-11-16"),
    ("The council decided to close the bridge in March.", "2025-02-10", "March", D, "2025-03"),
    (
        "The doctor was killed last Oct. 23 at his home.",
        "1999-04-19",
        "last Oct. 23",
        D,
        "1998-10-23",
    ),
    (
        "He was killed on June 2, 1998. The shot came at 10 p.m.",
        N,
        "10 p.m.",
        T,
        "1998-06-02T22:00",
    ),
    ("Orders in the current quarter look strong.", N, "the current quarter", D, "2025-Q4"),
    ("The ferry will leave at 4 in the morning.", N, "4 in the morning", T, "2025-11-20T04:00"),
    ("The vigil starts at 7:30 in the evening.", N, "7:30 in the evening", T, "2025-11-20T19:30"),
    ("The summit will be held on April 24 and 25 in Oslo.", N, "25", D, "2026-04-25"),
    ("Talks are set for Dec. 3 or 4, officials said.", N, "4", D, "2025-12-04"),
    ("Sales in the current fiscal year will rise.", N, "the current fiscal year", D, "2025"),
    ("Losses grew last fiscal year.", N, "last fiscal year", D, "2024"),
    ("The rains came this past spring.", N, "this past spring", D, "2025-SP"),
    ("It will not turn a profit until 2030 or later.", N, "2030 or later", D, "2030"),
    ("The plan covers 2027 and beyond.", N, "2027 and beyond", D, "2027"),
    (
        "Shares were up at mid-afternoon yesterday.",
        N,
        "mid-afternoon yesterday",
        T,
        "2025-11-19TAF",
    ),
    ("The offer had been due to expire Friday evening.", N, "Friday evening", T, "2025-11-14TEV"),
    ("The attack began as previously planned on Saturday.", N, "Saturday", D, "2025-11-15"),
    (
        "On Friday, when the minister cut short her plans, the talks ended.",
        "2025-11-17",
        "Friday",
        D,
        "2025-11-14",
    ),
    ("The firm said it is calling the bonds on Dec. 7.", "2025-10-30", "Dec. 7", D, "2025-12-07"),
    (
        "Lawyers said they would appeal Wednesday's ruling.",
        "2025-11-21",
        "Wednesday",
        D,
        "2025-11-19",
    ),
    ("The Tuesday deadline passed quietly.", N, "Tuesday", D, "2025-11-18"),
    (
        "The offer is a premium over Thursday's closing price.",
        "2025-11-17",
        "Thursday",
        D,
        "2025-11-13",
    ),
    (
        "The bomb went off on July 7, 2005, two years after the 2003 raid. Police came at 10:15 a.m.",
        N,
        "10:15 a.m.",
        T,
        "2005-07-07T10:15",
    ),
];

#[test]
fn hand_written_expressions() {
    assert!(CASES.len() >= 150, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for (sentence, dct, text, kind, value) in CASES {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let found = find(sentence, dct);
        let hit = found.iter().find(|t| t.text == *text);
        match hit {
            Some(t) if t.kind == *kind && t.value == *value => {}
            _ => failures.push(format!(
                "{sentence:?}: want {text:?} {kind:?} {value}, got {:?}",
                found.iter().map(|t| (&t.text, t.kind, &t.value)).collect::<Vec<_>>()
            )),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn spans_point_at_the_text() {
    for (sentence, dct, ..) in CASES {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        for t in find(sentence, dct) {
            assert_eq!(&sentence[t.span.clone()], t.text);
        }
    }
}

#[test]
fn words_that_only_look_like_dates_are_not_tagged() {
    let none = [
        "You may march on the square.",
        "The sun rose over 2000 people.",
        "He paid $1990 for the car.",
        "She said she may leave.",
        "He wore a second coat.",
        "The fall of the regime was swift.",
        "The 52-year-old man was hurt.",
    ];
    for s in none {
        let found = find(s, NaiveDate::from_ymd_opt(2025, 11, 20));
        assert!(found.is_empty(), "{s:?}: {found:?}");
    }
}

#[test]
fn no_publication_date_keeps_values_unanchored() {
    let found = find("The ministers met on Friday and again yesterday.", None);
    let values: Vec<&str> = found.iter().map(|t| t.value.as_str()).collect();
    assert_eq!(values, ["XXXX-WXX-5", "XXXX-XX-XX"]);
}
