package org.sitegen.model;

/**
 * Where the public sends feedback. Each part is optional and {@code null} when {@code site.yaml}
 * leaves it out.
 *
 * @param phone a telephone number as written, e.g. {@code 0730-8720988}
 * @param address the postal address
 * @param postcode the postal code, kept as text (it may start with 0)
 * @param email an e-mail address
 */
public record Contact(String phone, String address, String postcode, String email) {
    /** A contact with no details. */
    public static final Contact NONE = new Contact(null, null, null, null);

    /** {@return whether no detail at all is given} */
    public boolean isEmpty() {
        return phone == null && address == null && postcode == null && email == null;
    }
}
