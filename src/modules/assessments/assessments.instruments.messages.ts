import { defineMessages } from '../../platform/i18n/catalog.ts';

/**
 * What `instruments/instrument.validation.ts` says about a definition an administrator loads, one message per
 * problem code. `{path}` is the field's dotted path in the definition (e.g. sections.0.indicators.2.scale), so
 * the administrator can find it in the file; the other parameters come from the problem's `params`.
 */
export const instrumentMessages = defineMessages(
  {
    'assessments.instrument.problem.schema': 'At {path}: this does not fit the instrument format ({detail})',
    'assessments.instrument.problem.unknown_scale': 'At {path}: the instrument has no rating scale called {scale}',
    'assessments.instrument.problem.guidance_levels':
      'At {path}: give guidance for each level of the scale {scale}, no more and no fewer: {levels}',
    'assessments.instrument.problem.duplicate_code': 'At {path}: the code {code} is already used for another item of the same kind',
    'assessments.instrument.problem.unknown_indicator': 'At {path}: the rule refers to {code}, but the instrument has no such indicator',
    'assessments.instrument.problem.unknown_rating_value':
      'At {path}: the rule uses the rating {value}, which does not exist on the scale of indicator {code}',
    'assessments.instrument.problem.unknown_judgement': 'At {path}: the instrument has no judgement called {code}',
    'assessments.instrument.problem.unknown_judgement_level': 'At {path}: the judgement {code} has no level {value}',
    'assessments.instrument.problem.religious_term':
      'At {path}: the text speaks of religious belief or practice ({terms}). Indicators must describe behaviour, never belief or practice',
  },
  {
    ky: {
      'assessments.instrument.problem.schema': '{path}: бул инструменттин форматына туура келбейт ({detail})',
      'assessments.instrument.problem.unknown_scale': '{path}: инструментте {scale} деген баалоо шкаласы жок',
      'assessments.instrument.problem.guidance_levels':
        '{path}: {scale} шкаласынын ар бир деңгээли үчүн көрсөтмө бериңиз, ашык да, кем да эмес: {levels}',
      'assessments.instrument.problem.duplicate_code': '{path}: {code} коду ушул эле түрдөгү башка элементке колдонулуп калган',
      'assessments.instrument.problem.unknown_indicator':
        '{path}: эреже {code} көрсөткүчүнө шилтеме берет, бирок инструментте андай көрсөткүч жок',
      'assessments.instrument.problem.unknown_rating_value':
        '{path}: эреже {value} баасын колдонот, бирок {code} көрсөткүчүнүн шкаласында андай баа жок',
      'assessments.instrument.problem.unknown_judgement': '{path}: инструментте {code} деген корутунду жок',
      'assessments.instrument.problem.unknown_judgement_level': '{path}: {code} корутундусунда {value} деңгээли жок',
      'assessments.instrument.problem.religious_term':
        '{path}: текстте диний ишеним же диний практика жөнүндө сөз бар ({terms}). Көрсөткүчтөр ишенимди же практиканы эмес, жүрүм-турумду гана сүрөттөшү керек',
    },
    ru: {
      'assessments.instrument.problem.schema': '{path}: не соответствует формату инструмента ({detail})',
      'assessments.instrument.problem.unknown_scale': '{path}: в инструменте нет шкалы оценки {scale}',
      'assessments.instrument.problem.guidance_levels':
        '{path}: дайте пояснение к каждому уровню шкалы {scale}, не больше и не меньше: {levels}',
      'assessments.instrument.problem.duplicate_code': '{path}: код {code} уже используется для другого элемента того же вида',
      'assessments.instrument.problem.unknown_indicator': '{path}: правило ссылается на {code}, но такого показателя в инструменте нет',
      'assessments.instrument.problem.unknown_rating_value':
        '{path}: правило использует оценку {value}, которой нет на шкале показателя {code}',
      'assessments.instrument.problem.unknown_judgement': '{path}: в инструменте нет заключения {code}',
      'assessments.instrument.problem.unknown_judgement_level': '{path}: у заключения {code} нет уровня {value}',
      'assessments.instrument.problem.religious_term':
        '{path}: текст говорит о религиозных убеждениях или практике ({terms}). Показатели должны описывать поведение, а не убеждения или практику',
    },
  },
);
