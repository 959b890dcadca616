import { describe, expect, test } from 'vitest';
import { separateBlocks } from '~/lib/build/blockSpacing';

describe('separateBlocks', () => {
	test('puts a space between block-level elements, so their words stay apart', () => {
		expect(separateBlocks('<dl><dt>What it is</dt><dd>Watching</dd></dl>')).toBe(
			'<dl><dt>What it is</dt> <dd>Watching</dd> </dl>',
		);
		expect(separateBlocks('<tr><th>Role</th><th>How much it matters</th></tr>')).toBe(
			'<tr><th>Role</th> <th>How much it matters</th> </tr>',
		);
	});
	test('leaves inline elements, text and the end of the page alone', () => {
		expect(separateBlocks('<p><a href="/">a</a><strong>b</strong></p>')).toBe(
			'<p><a href="/">a</a><strong>b</strong></p>',
		);
		expect(separateBlocks('<p>a</p>text')).toBe('<p>a</p>text');
		expect(separateBlocks('<div>a</div>')).toBe('<div>a</div>');
	});
	test('keeps code blocks, scripts and styles exactly as they are', () => {
		const pre = '<pre><div class="ec-line">a</div><div class="ec-line">b</div></pre>';
		const script = '<script>const s = "</li><li>";</script>';
		expect(
			separateBlocks(
				`<li>x</li><li>y</li>${pre}${script}<style>p::after{content:"</p><p>"}</style>`,
			),
		).toBe(`<li>x</li> <li>y</li>${pre}${script}<style>p::after{content:"</p><p>"}</style>`);
	});
});
