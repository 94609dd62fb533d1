package dev.sigref.ims;

import java.util.HashMap;
import java.util.Map;

/**
 * ITU-T E.164 country calling codes, written from the ITU assignment list (E.164 Annex to the Operational
 * Bulletin). Codes are prefix-free, so the first 1, 2 or 3 digits of an international number match at most one
 * code. Spare and reserved codes are left out: an unknown prefix is reported, not guessed.
 */
public final class E164 {

	private static final Map<String, String> CODES = new HashMap<>();

	static {
		add("1", "North American Numbering Plan (United States, Canada and Caribbean countries)");
		add("7", "Russia and Kazakhstan");
		add("20", "Egypt");
		add("211", "South Sudan");
		add("212", "Morocco");
		add("213", "Algeria");
		add("216", "Tunisia");
		add("218", "Libya");
		add("220", "Gambia");
		add("221", "Senegal");
		add("222", "Mauritania");
		add("223", "Mali");
		add("224", "Guinea");
		add("225", "Côte d'Ivoire");
		add("226", "Burkina Faso");
		add("227", "Niger");
		add("228", "Togo");
		add("229", "Benin");
		add("230", "Mauritius");
		add("231", "Liberia");
		add("232", "Sierra Leone");
		add("233", "Ghana");
		add("234", "Nigeria");
		add("235", "Chad");
		add("236", "Central African Republic");
		add("237", "Cameroon");
		add("238", "Cabo Verde");
		add("239", "Sao Tome and Principe");
		add("240", "Equatorial Guinea");
		add("241", "Gabon");
		add("242", "Congo");
		add("243", "Democratic Republic of the Congo");
		add("244", "Angola");
		add("245", "Guinea-Bissau");
		add("246", "Diego Garcia");
		add("247", "Ascension");
		add("248", "Seychelles");
		add("249", "Sudan");
		add("250", "Rwanda");
		add("251", "Ethiopia");
		add("252", "Somalia");
		add("253", "Djibouti");
		add("254", "Kenya");
		add("255", "Tanzania");
		add("256", "Uganda");
		add("257", "Burundi");
		add("258", "Mozambique");
		add("260", "Zambia");
		add("261", "Madagascar");
		add("262", "Réunion and Mayotte");
		add("263", "Zimbabwe");
		add("264", "Namibia");
		add("265", "Malawi");
		add("266", "Lesotho");
		add("267", "Botswana");
		add("268", "Eswatini");
		add("269", "Comoros");
		add("27", "South Africa");
		add("290", "Saint Helena and Tristan da Cunha");
		add("291", "Eritrea");
		add("297", "Aruba");
		add("298", "Faroe Islands");
		add("299", "Greenland");
		add("30", "Greece");
		add("31", "Netherlands");
		add("32", "Belgium");
		add("33", "France");
		add("34", "Spain");
		add("350", "Gibraltar");
		add("351", "Portugal");
		add("352", "Luxembourg");
		add("353", "Ireland");
		add("354", "Iceland");
		add("355", "Albania");
		add("356", "Malta");
		add("357", "Cyprus");
		add("358", "Finland");
		add("359", "Bulgaria");
		add("36", "Hungary");
		add("370", "Lithuania");
		add("371", "Latvia");
		add("372", "Estonia");
		add("373", "Moldova");
		add("374", "Armenia");
		add("375", "Belarus");
		add("376", "Andorra");
		add("377", "Monaco");
		add("378", "San Marino");
		add("380", "Ukraine");
		add("381", "Serbia");
		add("382", "Montenegro");
		add("383", "Kosovo");
		add("385", "Croatia");
		add("386", "Slovenia");
		add("387", "Bosnia and Herzegovina");
		add("389", "North Macedonia");
		add("39", "Italy");
		add("40", "Romania");
		add("41", "Switzerland");
		add("420", "Czech Republic");
		add("421", "Slovakia");
		add("423", "Liechtenstein");
		add("43", "Austria");
		add("44", "United Kingdom");
		add("45", "Denmark");
		add("46", "Sweden");
		add("47", "Norway");
		add("48", "Poland");
		add("49", "Germany");
		add("500", "Falkland Islands");
		add("501", "Belize");
		add("502", "Guatemala");
		add("503", "El Salvador");
		add("504", "Honduras");
		add("505", "Nicaragua");
		add("506", "Costa Rica");
		add("507", "Panama");
		add("508", "Saint Pierre and Miquelon");
		add("509", "Haiti");
		add("51", "Peru");
		add("52", "Mexico");
		add("53", "Cuba");
		add("54", "Argentina");
		add("55", "Brazil");
		add("56", "Chile");
		add("57", "Colombia");
		add("58", "Venezuela");
		add("590", "Guadeloupe, Saint Barthélemy and Saint Martin");
		add("591", "Bolivia");
		add("592", "Guyana");
		add("593", "Ecuador");
		add("594", "French Guiana");
		add("595", "Paraguay");
		add("596", "Martinique");
		add("597", "Suriname");
		add("598", "Uruguay");
		add("599", "Curaçao and the Caribbean Netherlands");
		add("60", "Malaysia");
		add("61", "Australia");
		add("62", "Indonesia");
		add("63", "Philippines");
		add("64", "New Zealand");
		add("65", "Singapore");
		add("66", "Thailand");
		add("670", "Timor-Leste");
		add("672", "Australian External Territories");
		add("673", "Brunei Darussalam");
		add("674", "Nauru");
		add("675", "Papua New Guinea");
		add("676", "Tonga");
		add("677", "Solomon Islands");
		add("678", "Vanuatu");
		add("679", "Fiji");
		add("680", "Palau");
		add("681", "Wallis and Futuna");
		add("682", "Cook Islands");
		add("683", "Niue");
		add("685", "Samoa");
		add("686", "Kiribati");
		add("687", "New Caledonia");
		add("688", "Tuvalu");
		add("689", "French Polynesia");
		add("690", "Tokelau");
		add("691", "Micronesia");
		add("692", "Marshall Islands");
		add("800", "International Freephone Service");
		add("81", "Japan");
		add("82", "Korea (Republic of)");
		add("84", "Viet Nam");
		add("850", "Democratic People's Republic of Korea");
		add("852", "Hong Kong, China");
		add("853", "Macao, China");
		add("855", "Cambodia");
		add("856", "Lao People's Democratic Republic");
		add("86", "China");
		add("870", "Inmarsat (single network access code)");
		add("880", "Bangladesh");
		add("881", "Global Mobile Satellite System (shared code)");
		add("882", "International Networks (shared code)");
		add("883", "International Networks (shared code)");
		add("886", "Taiwan, China");
		add("90", "Türkiye");
		add("91", "India");
		add("92", "Pakistan");
		add("93", "Afghanistan");
		add("94", "Sri Lanka");
		add("95", "Myanmar");
		add("960", "Maldives");
		add("961", "Lebanon");
		add("962", "Jordan");
		add("963", "Syria");
		add("964", "Iraq");
		add("965", "Kuwait");
		add("966", "Saudi Arabia");
		add("967", "Yemen");
		add("968", "Oman");
		add("970", "Palestine");
		add("971", "United Arab Emirates");
		add("972", "Israel");
		add("973", "Bahrain");
		add("974", "Qatar");
		add("975", "Bhutan");
		add("976", "Mongolia");
		add("977", "Nepal");
		add("979", "International Premium Rate Service");
		add("98", "Iran");
		add("992", "Tajikistan");
		add("993", "Turkmenistan");
		add("994", "Azerbaijan");
		add("995", "Georgia");
		add("996", "Kyrgyzstan");
		add("998", "Uzbekistan");
	}

	static final String REFERENCE = "ITU-T E.164";

	/**
	 * @param code the country calling code digits
	 * @param country where it is assigned
	 */
	public record CountryCode(String code, String country) {
	}

	private E164() {
	}

	private static void add(String code, String country) {
		CODES.put(code, country);
	}

	/** The country code an international number starts with ({@code +} and visual separators allowed); null if none. */
	public static CountryCode countryCode(String number) {
		String digits = digitsOf(number);
		for (int length = 1; length <= 3 && length <= digits.length(); length++) {
			String country = CODES.get(digits.substring(0, length));
			if (country != null) {
				return new CountryCode(digits.substring(0, length), country);
			}
		}
		return null;
	}

	/** Decodes {@code +14155550123} into country code and national significant number. */
	public static DecodedValue decode(String number) {
		String raw = number == null ? "" : number.trim();
		String digits = digitsOf(raw);
		Node node = Node.of("E.164 number", raw);
		if (digits.isEmpty() || digits.length() != stripVisual(raw).length()) {
			return node.error("e164-not-digits", "the global number " + Syntax.quote(raw)
					+ " must hold digits only after the '+' (visual separators - . ( ) aside)", "RFC 3966 §5.1.4").build();
		}
		if (digits.length() > 15) {
			node.error("e164-too-long", "the number " + Syntax.quote(raw) + " has " + digits.length()
					+ " digits; an international E.164 number has at most 15", REFERENCE);
		}
		CountryCode code = countryCode(digits);
		if (code == null) {
			node.warning("e164-country-code-unknown", "no assigned country code starts " + Syntax.quote(raw), REFERENCE);
			return node.meaning("international number with an unknown country code").build();
		}
		node.part("country code", code.code(), code.country());
		node.part("national number", digits.substring(code.code().length()), "national significant number");
		return node.meaning("+" + code.code() + " " + digits.substring(code.code().length()) + " (" + code.country() + ")")
			.build();
	}

	private static String digitsOf(String number) {
		String t = stripVisual(number == null ? "" : number.trim());
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}

	/** Drops the leading '+' and the RFC 3966 visual separators. */
	private static String stripVisual(String number) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (!(c == '+' && i == 0) && c != '-' && c != '.' && c != '(' && c != ')' && c != ' ') {
				out.append(c);
			}
		}
		return out.toString();
	}

}
