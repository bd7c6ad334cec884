package org.veedor.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTemplateTest {

  @Test
  void shouldNumberTheParametersInTheOrderTheyStandWhenPartsAndValuesInterleave() {
    // given
    Map<String, SqlTemplate.Part> parts =
        Map.of(
            "where",
            new SqlTemplate.Part("where c.a = ? and c.b = ?", List.of("a", "b")),
            "period",
            SqlTemplate.Part.of("extract(year from c.received_at)"));

    // when
    SqlTemplate.Statement statement =
        SqlTemplate.fill(
            "select {period}, count(*) from complaint c {where} and c.n > ? group by {period}",
            parts::get,
            7);

    // then
    assertThat(statement.sql())
        .isEqualTo(
            "select extract(year from c.received_at), count(*) from complaint c"
                + " where c.a = ?1 and c.b = ?2 and c.n > ?3 group by extract(year from c.received_at)");
    assertThat(statement.params()).containsExactly("a", "b", 7);
  }

  @Test
  void shouldTakeTheTemplatesOwnValuesBeforeAPartThatFollowsThem() {
    SqlTemplate.Statement statement =
        SqlTemplate.fill(
            "select 1 from t where t.x < ? {more}",
            Map.of("more", new SqlTemplate.Part("and t.y = ?", List.of("y")))::get,
            "x");

    assertThat(statement.sql()).isEqualTo("select 1 from t where t.x < ?1 and t.y = ?2");
    assertThat(statement.params()).containsExactly("x", "y");
  }

  @Test
  void shouldRefuseAPlaceWithoutAPartOrValuesThatDoNotMatchThePlaceholders() {
    assertThatThrownBy(() -> SqlTemplate.fill("select {nothing}", name -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{nothing}");
    assertThatThrownBy(() -> SqlTemplate.fill("select ?", name -> null))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SqlTemplate.fill("select 1", name -> null, 1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SqlTemplate.Part("x = ?", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
