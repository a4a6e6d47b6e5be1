package docxdoc

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// numbering is what word/numbering.xml says of each list: for a numId, the format of each level.
type numbering map[string][]level

// level is one level of a list: how its number is written (numFmt) inside its text (lvlText,
// e.g. 「%1、」 or 「（%1）」), and where it starts.
type level struct {
	format, text string
	start        int
}

// readNumbering reads numbering.xml; a missing or broken part gives no numbering (paragraphs
// keep their own text).
func readNumbering(b []byte) numbering {
	if b == nil {
		return nil
	}
	var x struct {
		Abstract []struct {
			ID     string `xml:"abstractNumId,attr"`
			Levels []struct {
				Ilvl   int `xml:"ilvl,attr"`
				Start  val `xml:"start"`
				Format val `xml:"numFmt"`
				Text   val `xml:"lvlText"`
			} `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID       string `xml:"numId,attr"`
			Abstract val    `xml:"abstractNumId"`
		} `xml:"num"`
	}
	if xml.NewDecoder(bytes.NewReader(b)).Decode(&x) != nil {
		return nil
	}
	abstract := map[string][]level{}
	for _, a := range x.Abstract {
		var ls []level
		for _, l := range a.Levels {
			if l.Ilvl < 0 || l.Ilvl > 8 {
				continue
			}
			for len(ls) <= l.Ilvl {
				ls = append(ls, level{})
			}
			start, err := strconv.Atoi(l.Start.Val)
			if err != nil {
				start = 1
			}
			ls[l.Ilvl] = level{format: l.Format.Val, text: l.Text.Val, start: start}
		}
		abstract[a.ID] = ls
	}
	n := numbering{}
	for _, num := range x.Nums {
		n[num.ID] = abstract[num.Abstract.Val]
	}
	return n
}

// val is an element whose w:val attribute is its value.
type val struct {
	Val string `xml:"val,attr"`
}

// numberOf is the list number a paragraph shows before its text (「一、」「（二）」「3.」), counting
// the paragraphs of its list as Word does: a level's counter restarts after a higher level.
func (r *reader) numberOf(p *paraState) string {
	if !p.hasNum || p.numID == "0" {
		return ""
	}
	levels := r.numbers[p.numID]
	if p.ilvl < 0 || p.ilvl >= len(levels) {
		return ""
	}
	c := r.counters[p.numID]
	for len(c) < len(levels) {
		c = append(c, 0)
	}
	c[p.ilvl]++
	for i := p.ilvl + 1; i < len(c); i++ {
		c[i] = 0
	}
	r.counters[p.numID] = c
	l := levels[p.ilvl]
	if l.format == "bullet" || l.format == "none" {
		return ""
	}
	text := l.text
	for i := 0; i <= p.ilvl && i < len(levels); i++ {
		n := levels[i].start + max(c[i], 1) - 1
		text = strings.ReplaceAll(text, "%"+strconv.Itoa(i+1), formatNumber(n, levels[i].format))
	}
	return text
}

// chineseDigits are the numerals of 一、二、三 numbering.
var chineseDigits = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// formatNumber writes n in one of Word's number formats; the ones reports use are 一二三
// (chineseCounting and its variants) and 1 2 3.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting", "chineseLegalSimplified":
		return chineseNumber(n)
	case "decimalEnclosedFullstop":
		return strconv.Itoa(n) + "."
	case "decimalFullWidth", "decimalFullWidth2":
		return strings.Map(func(r rune) rune { return r - '0' + '０' }, strconv.Itoa(n))
	case "lowerLetter":
		if n >= 1 && n <= 26 {
			return string(rune('a' + n - 1))
		}
	case "upperLetter":
		if n >= 1 && n <= 26 {
			return string(rune('A' + n - 1))
		}
	}
	return strconv.Itoa(n)
}

// chineseNumber writes 1…99 as 一…九十九, as report headings count.
func chineseNumber(n int) string {
	switch {
	case n < 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return chineseDigits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + chineseDigits[n-10]
	case n%10 == 0:
		return chineseDigits[n/10] + "十"
	}
	return chineseDigits[n/10] + "十" + chineseDigits[n%10]
}
