package io.newsroom.publish.bench;

import java.util.List;

/** News-like words for generated articles, frequent ones first (the generator picks Zipf-like). */
final class Vocabulary {

    final List<String> russian = List.of((
            "в и на по что с о не за из для как к от это года также было будет он она они который которые "
            + "заявил сообщил правительство министр президент власти области города страны россии компании "
            + "году время работы проекта бюджет бюджета решение решения вопрос вопросы закон закона новые новый "
            + "рынок рынка цены цен рост роста снижение экономики экономика развитие развития банк банка "
            + "выборы выборов депутаты депутатов совет совета суд суда дело дела полиция полиции граждан жителей "
            + "мост моста дороги дорог строительство строительства школы школ больницы врачи здравоохранения "
            + "заявление заявлении переговоры переговоров соглашение соглашения санкции санкций экспорт импорт "
            + "нефть нефти газ газа энергетики электроэнергии тарифы тарифов зарплаты пенсии пенсий налоги налогов "
            + "реформа реформы программа программы поддержки поддержку инвестиции инвестиций предприятия завод завода "
            + "погода снег дождь морозы лето зима весной осенью утром вечером вчера сегодня завтра неделе месяце "
            + "миллиона миллиардов рублей долларов процентов тысяч человек людей детей семей студентов "
            + "открыт открыли закрыли начали завершили объявил объявили подписал подписали принял приняли "
            + "обсудили отметил подчеркнул рассказал пояснил добавил считает считают ожидается планируется "
            + "регионе регионов району района центре центра улице площади парка театра музея выставки фестиваля "
            + "спорт матч матча команда команды чемпионата победы сборной тренер игроков сезона "
            + "технологии интернет данных искусственного интеллекта системы сети связи безопасности защиты "
            + "транспорт метро автобусов поездов аэропорта рейсов пассажиров движения аварии пожара")
            .split(" "));

    final List<String> english = List.of((
            "the of and to in a on for that with as by said is was will from at it has have be its this "
            + "government minister president officials city country company year market prices growth economy "
            + "central bank banks rates inflation budget tax taxes reform election elections voters parliament "
            + "court ruling police residents bridge road roads construction schools hospital hospitals health "
            + "talks agreement sanctions exports imports oil gas energy power tariffs wages pensions "
            + "programme support investment investments plant factory workers jobs unemployment "
            + "weather snow rain storm storms summer winter morning evening yesterday today tomorrow week month "
            + "million billion dollars percent thousand people children families students "
            + "opened closed started announced signed approved discussed noted stressed told explained added "
            + "expected planned region district centre street square park theatre museum exhibition festival "
            + "sport match team championship victory coach players season technology internet data "
            + "artificial intelligence systems network security transport metro buses trains airport flights "
            + "passengers traffic accident fire harbour port shipping climate emissions research university")
            .split(" "));
}
