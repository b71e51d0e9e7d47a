package health.commenttriage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueueFiltersTest {

    @Test
    void theNextPageKeepsTheFiltersEncoded() {
        QueuePage.Filters filters = new QueuePage.Filters();
        filters.label = "EMERGENCY";
        filters.q = "chest pain & más";
        filters.cursor = "old";
        assertThat(filters.nextPage("MXwyMDI2|4"))
                .isEqualTo("/?cursor=MXwyMDI2%7C4&label=EMERGENCY&q=chest+pain+%26+m%C3%A1s");
    }

    @Test
    void noFiltersNoExtraParameters() {
        assertThat(new QueuePage.Filters().nextPage("abc")).isEqualTo("/?cursor=abc");
    }
}
