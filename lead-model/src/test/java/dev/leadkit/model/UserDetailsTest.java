package dev.leadkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UserDetailsTest {

    @Test
    void builderSetsEveryFieldAndToBuilderCopiesThem() {
        UserDetails details = UserDetails.builder().firstName("F").lastName("L").email("e@x.example")
                .phone("1").country("US").company("C").title("T").additionalProperty("linkedIn", "p").build();

        assertThat(details).extracting(UserDetails::firstName, UserDetails::lastName, UserDetails::email,
                UserDetails::phone, UserDetails::country, UserDetails::company, UserDetails::title)
                .containsExactly("F", "L", "e@x.example", "1", "US", "C", "T");
        assertThat(details.additionalProperties()).containsEntry("linkedIn", "p");
        assertThat(details.toBuilder().build()).isEqualTo(details);
        assertThat(details.toBuilder().additionalProperties(Map.of()).build().additionalProperties()).isEmpty();
    }

    @Test
    void refusesAdditionalPropertiesThatStandForDocumentedOnes() {
        assertThatThrownBy(() -> UserDetails.builder().additionalProperty("EMAIL", "x").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Email").hasMessageContaining("\"/UserDetails\"");
    }

    @Test
    void toStringMasksNamesEmailAndPhone() {
        UserDetails details = UserDetails.builder().firstName("Amélie").lastName("Dupont").email("amelie@fabrikam.example")
                .phone("+33 1 70 00 00 42").country("FR").company("Fabrikam").title("CTO")
                .additionalProperty("home", "12 rue X").build();

        String text = details.toString();

        assertThat(text).doesNotContain("Amélie").doesNotContain("Dupont").doesNotContain("amelie@")
                .doesNotContain("70 00").doesNotContain("12 rue X");
        assertThat(text).contains("firstName=A***", "lastName=D***", "email=a****@fabrikam.example", "phone=***42",
                "country=FR", "company=Fabrikam", "title=CTO", "additionalProperties=[home]");
    }

    @Test
    void immutable() {
        UserDetails details = UserDetails.builder().additionalProperty("a", 1).build();

        assertThatThrownBy(() -> details.additionalProperties().put("b", 2))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
