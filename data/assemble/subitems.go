package assemble

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"nianbao/data/schema"
)

// SubItemPart is a piece of a paragraph of 一、总体情况 and the sub-item it belongs to: 0 the
// introduction, 1…5 （一）…（五）.
type SubItemPart struct {
	N    int
	Text string
}

// SubItems cuts a paragraph of 一、总体情况 into the parts of its sub-items; cur is the sub-item
// reached before it. A sub-item starts at a paragraph that begins with its heading (「（一）主动公开。
// …」「(一) 主动公开：…」 or a heading paragraph of its own), or, when the heading is worded
// otherwise (「（四）平台载体建设方面。…」), with the next enumerator, the report's own heading
// dropped. Pages that run the sub-items into one paragraph are split where a sub-item heading
// follows the end of a sentence. Every reader of every document kind routes 总体情况 this way.
func SubItems(text string, cur int) []SubItemPart {
	if n, rest, ok := matchSubItem(text); ok {
		cur, text = n, rest
	} else if n, rest, ok := leadingEnumerator(text); ok && n > cur {
		cur, text = n, dropOwnHeading(rest)
	}
	var parts []SubItemPart
	for {
		i, n, rest, ok := nextInlineSubItem(text, cur)
		if !ok {
			break
		}
		parts = append(parts, SubItemPart{cur, text[:i]})
		cur, text = n, rest
	}
	return append(parts, SubItemPart{cur, text})
}

// matchSubItem recognises a sub-item heading at the start of text and returns the sub-item's
// index and the text after the heading. After a colon the text is kept as written; otherwise a
// word that commonly completes the heading (「主动公开方面。」「…情况」) is dropped with it.
func matchSubItem(text string) (n int, rest string, ok bool) {
	nf, rest, ok := schema.MatchNarrative(text)
	if !ok {
		return 0, "", false
	}
	want := schema.Normalize(nf.Heading)
	got := ""
	for i, r := range text {
		got += schema.Normalize(string(r))
		if got == want {
			after := strings.TrimLeft(text[i+utf8.RuneLen(r):], " \t\u3000")
			for _, colon := range []string{"：", ":"} {
				if tail, ok := strings.CutPrefix(after, colon); ok {
					return schema.OverviewIndex(nf.Key), strings.TrimLeft(tail, " \u3000"), true
				}
			}
			break
		}
	}
	return schema.OverviewIndex(nf.Key), bareHeadingTail(rest), true
}

// bareHeadingTail drops a word left over from a heading line such as 「（一）主动公开情况」.
func bareHeadingTail(rest string) string {
	switch strings.TrimFunc(rest, unicode.IsSpace) {
	case "方面", "情况", "工作":
		return ""
	}
	return rest
}

// leadingEnumerator reads a sub-item enumerator at the start of a paragraph that may still carry
// Markdown heading or emphasis marks.
func leadingEnumerator(s string) (n int, rest string, ok bool) {
	return schema.LeadingEnumerator(strings.TrimLeft(s, " \t\u3000#*"))
}

// sentenceEnd are the characters after which a run-together page may start a sub-item.
const sentenceEnd = "。！？；;!?：: \u3000\t"

// nextInlineSubItem finds, inside a paragraph, where a later sub-item starts: an enumerator right
// after the end of a sentence, followed by the official heading, or (for the very next sub-item
// only) by a short heading ending in 方面/情况/工作. An enumerator inside a sentence
// (「第二十条第（一）项」) or a list within the sub-item does not qualify.
func nextInlineSubItem(text string, cur int) (at, n int, rest string, ok bool) {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if (r == '（' || r == '(') && i > 0 {
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if strings.ContainsRune(sentenceEnd, prev) {
				if num, after, ok := leadingEnumerator(text[i:]); ok && num > cur {
					if n, r2, ok := matchSubItem(text[i:]); ok && n == num {
						return i, num, r2, true
					}
					if num == cur+1 && isShortHeading(after) {
						return i, num, after, true
					}
				}
			}
		}
		i += size
	}
	return 0, 0, "", false
}

// isShortHeading reports whether s starts with a short phrase ending in 方面/情况/工作 and then
// punctuation, as sub-item headings worded in a report's own way do.
func isShortHeading(s string) bool {
	end := strings.IndexAny(s, "。，：:,.")
	if end < 0 || utf8.RuneCountInString(s[:end]) > 14 {
		return false
	}
	head := s[:end]
	return strings.HasSuffix(head, "方面") || strings.HasSuffix(head, "情况") || strings.HasSuffix(head, "工作")
}
